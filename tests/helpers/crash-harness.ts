import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import DatabaseConstructor from 'better-sqlite3';
import sharp from 'sharp';
import { systemClock } from '../../src/shared/clock';
import { silentLogger } from '../../src/shared/node/logger';
import { mediaFolders, renditionPath } from '../../src/main/core/media/media-files';
import { DATABASE_FILE, openNewsroom, type Newsroom } from '../../src/main/core/newsroom';
import { WEBSITE_DESTINATION } from '../../src/main/core/publishing/destinations/website/website-destination';
import { plainTextFromBody } from '../../src/shared/domain/article-body';
import { CHAOS_CADENCE, CHAOS_USER, typedText, type ChaosReport } from '../fixtures/processes/chaos-protocol';
import { startReceiver, type Receiver } from './http-receiver';
import { mediaFiles } from './photo-files';
import { confSettings, makeTempDir } from './temp-newsroom';
import { seededRandom } from './seeded-random';

const CHILD = resolve(import.meta.dirname, '../fixtures/processes/newsroom-under-load.ts');
const JITI_CLI = join(import.meta.dirname, '../../node_modules/jiti/lib/jiti-cli.mjs');
const SECRET = 'bí mật của cổng ninjs thử';

/**
 * Keys typed in one autosave interval of the child's cadence: the most typing a crash may lose.
 * (The journal is written every `journalMs`; saves every `journalsPerSave` journal writes.)
 */
export const KEYS_PER_AUTOSAVE_INTERVAL = Math.ceil((CHAOS_CADENCE.journalMs * CHAOS_CADENCE.journalsPerSave) / CHAOS_CADENCE.keyMs);

export interface CrashFigures {
  kills: number;
  seed: number;
  revisions: number;
  photos: number;
  published: number;
  deliveries: number;
  /** Over all lives: the most keys typed but not found after the restart. */
  mostKeysLost: number;
  keysTyped: number;
}


interface Life {
  reports: ChaosReport[];
  stderr: string;
}

/** Starts one life of the child, waits until it is at work, lets it run `runMs`, then SIGKILLs it. */
async function liveAndKill(dataDir: string, receiver: Receiver, life: number, runMs: number): Promise<Life> {
  const child = spawn(process.execPath, [JITI_CLI, CHILD, dataDir, receiver.url, SECRET, String(life)], { stdio: ['ignore', 'pipe', 'pipe'] });
  const reports: ChaosReport[] = [];
  let stderr = '';
  let pending = '';
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const ready = new Promise<void>((started, failed) => {
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      const lines = (pending + chunk).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const parsed = JSON.parse(line) as ChaosReport;
        reports.push(parsed);
        if (parsed.kind === 'ready') started();
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    void exited.then((code) => failed(new Error(`life ${life}: the child stopped by itself (exit ${code}) before it was ready:\n${stderr}`)));
  });
  await ready;
  await new Promise((wait) => setTimeout(wait, runMs));
  child.kill('SIGKILL');
  const code = await exited;
  if (code !== null) throw new Error(`life ${life}: the child stopped by itself (exit ${code}) before the kill:\n${stderr}`);
  await new Promise((drained) => (child.stdout.readableEnded ? drained(null) : child.stdout.once('end', drained)));
  return { reports, stderr };
}

/** `PRAGMA integrity_check` and the foreign keys, on the file exactly as the kill left it. */
function checkDatabaseFile(dataDir: string): void {
  const db = new DatabaseConstructor(join(dataDir, DATABASE_FILE), { fileMustExist: true });
  try {
    const integrity = db.pragma('integrity_check') as { integrity_check: string }[];
    if (integrity.length !== 1 || integrity[0]?.integrity_check !== 'ok') throw new Error(`integrity_check: ${JSON.stringify(integrity)}`);
    const broken = db.pragma('foreign_key_check') as unknown[];
    if (broken.length > 0) throw new Error(`foreign_key_check: ${JSON.stringify(broken)}`);
  } finally {
    db.close();
  }
}

const ofKind = <K extends ChaosReport['kind']>(reports: ChaosReport[], kind: K) =>
  reports.filter((report): report is Extract<ChaosReport, { kind: K }> => report.kind === kind);

/** How much of this life's typing survived (the store or the recovery journal), checked letter by letter. */
function checkTyping(newsroom: Newsroom, userId: string, reports: ChaosReport[]): { typed: number; lost: number } {
  const [article] = ofKind(reports, 'article');
  if (!article) return { typed: 0, lost: 0 };
  const typed = Math.max(0, ...ofKind(reports, 'typed').map((report) => report.length));
  const saved = Math.max(0, ...ofKind(reports, 'saved').map((report) => report.length));
  const journaled = Math.max(0, ...ofKind(reports, 'journaled').map((report) => report.length));

  const stored = plainTextFromBody(newsroom.articles.get(article.articleId).body);
  if (stored !== typedText(stored.length)) throw new Error(`the stored text is not what was typed: ${JSON.stringify(stored.slice(-40))}`);
  if (stored.length < saved) throw new Error(`a committed save was lost: ${stored.length} < ${saved} characters`);
  const draft = newsroom.drafts.recoverable(userId).find((entry) => entry.key === article.key);
  const inJournal = draft ? plainTextFromBody(draft.fields.body) : stored;
  if (inJournal !== typedText(inJournal.length)) throw new Error(`the journal holds text that was not typed: ${JSON.stringify(inJournal.slice(-40))}`);
  const recovered = Math.max(stored.length, inJournal.length);
  if (recovered < journaled) throw new Error(`a committed journal write was lost: ${recovered} < ${journaled} characters`);
  const lost = typed - recovered;
  if (lost > KEYS_PER_AUTOSAVE_INTERVAL) throw new Error(`${lost} keys lost, more than one autosave interval (${KEYS_PER_AUTOSAVE_INTERVAL})`);
  return { typed, lost: Math.max(0, lost) };
}

async function checkPhoto(newsroom: Newsroom, dataDir: string, mediaId: string): Promise<void> {
  newsroom.media.get(mediaId);
  const folders = mediaFolders(dataDir);
  if (!mediaFiles(dataDir).some((file) => file.startsWith(`originals/${mediaId}.`))) throw new Error(`photo ${mediaId}: the original is missing`);
  for (const size of ['web', 'thumbnail'] as const) {
    const path = renditionPath(folders, mediaId, size);
    if (!existsSync(path)) throw new Error(`photo ${mediaId}: the ${size} rendition is missing`);
    await sharp(path, { failOn: 'error' }).stats(); // decodes every pixel
  }
}

/** The restart: opens the real core on what the kill left and checks everything the child reported. */
async function checkAfterKill(dataDir: string, receiver: Receiver, all: ChaosReport[], life: ChaosReport[]): Promise<{ typed: number; lost: number }> {
  checkDatabaseFile(dataDir);
  const newsroom = openNewsroom({ dataDir, clock: systemClock, logger: silentLogger, settings: confSettings(dataDir) });
  try {
    const user = newsroom.users.list().find((candidate) => candidate.username === CHAOS_USER);
    if (!user) throw new Error('the user made at first start is gone');
    for (const { articleId, revisionId } of ofKind(all, 'revision')) {
      if (!newsroom.revisions.list(articleId).some((revision) => revision.id === revisionId)) throw new Error(`revision ${revisionId} was lost`);
    }
    for (const { mediaId } of ofKind(all, 'photo')) await checkPhoto(newsroom, dataDir, mediaId);
    if (mediaFiles(dataDir).some((file) => file.endsWith('.tmp'))) throw new Error('half-written photo files were left after the restart');
    for (const { articleId } of ofKind(all, 'published')) {
      const jobs = newsroom.outbox.forArticle(articleId);
      if (jobs.length !== 2) throw new Error(`story ${articleId}: ${jobs.length} deliveries queued, expected the website and the wire`);
    }
    const appliedKeys = new Set(receiver.applied.map((request) => request.key));
    for (const { jobId, key } of ofKind(all, 'sent')) {
      if (newsroom.outbox.get(jobId).state !== 'sent') throw new Error(`delivery ${jobId} was reported sent but is not any more`);
      if (key.length > 0 && newsroom.outbox.get(jobId).destinationId !== WEBSITE_DESTINATION && !appliedKeys.has(key)) throw new Error(`delivery ${key} is marked sent but never reached the receiver`);
    }
    return checkTyping(newsroom, user.id, life);
  } finally {
    newsroom.close();
  }
}

/** After the last kill: the app's runner drains the queue; every delivery ever queued arrives, once. */
async function drainQueue(dataDir: string, receiver: Receiver): Promise<number> {
  const newsroom = openNewsroom({ dataDir, clock: systemClock, logger: silentLogger, settings: confSettings(dataDir) });
  try {
    await newsroom.publishing.tick();
    const jobs = newsroom.outbox.list(10_000);
    const unsent = jobs.filter((job) => job.state !== 'sent');
    if (unsent.length > 0) throw new Error(`deliveries not sent after the final drain: ${JSON.stringify(unsent.map((job) => [job.id, job.state, job.lastError]))}`);
    const wire = jobs.filter((job) => job.destinationId !== WEBSITE_DESTINATION);
    const applied = new Set(receiver.applied.map((request) => request.key));
    const missing = wire.filter((job) => !applied.has(job.idempotencyKey));
    if (missing.length > 0) throw new Error(`deliveries that never reached the receiver: ${missing.map((job) => job.idempotencyKey).join(', ')}`);
    return jobs.length;
  } finally {
    newsroom.close();
  }
}

/**
 * The crash-safety run: `kills` lives of the child, each SIGKILLed at a random moment (seeded)
 * while it types, saves, imports photos and sends the queue; after each, the checks above.
 */
export async function runCrashCycles(options: { kills: number; seed?: number }): Promise<CrashFigures> {
  const seed = options.seed ?? Date.now() % 1_000_000;
  const random = seededRandom(seed);
  const dataDir = makeTempDir('newsdesk-chaos-');
  const receiver = await startReceiver(SECRET);
  const all: ChaosReport[] = [];
  const figures: CrashFigures = { kills: 0, seed, revisions: 0, photos: 0, published: 0, deliveries: 0, mostKeysLost: 0, keysTyped: 0 };
  try {
    for (let life = 0; life < options.kills; life += 1) {
      const { reports } = await liveAndKill(dataDir, receiver, life, 300 + Math.floor(random() * 2_500));
      all.push(...reports);
      try {
        const { typed, lost } = await checkAfterKill(dataDir, receiver, all, reports);
        figures.keysTyped += typed;
        figures.mostKeysLost = Math.max(figures.mostKeysLost, lost);
      } catch (error) {
        throw new Error(`after kill ${life + 1} (seed ${seed}, data in ${dataDir}): ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
      figures.kills += 1;
    }
    figures.deliveries = await drainQueue(dataDir, receiver);
    figures.revisions = ofKind(all, 'revision').length;
    figures.photos = ofKind(all, 'photo').length;
    figures.published = ofKind(all, 'published').length;
    rmSync(dataDir, { recursive: true, force: true }); // kept when a check fails, to look at
    return figures;
  } finally {
    await receiver.close();
  }
}
