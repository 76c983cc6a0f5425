import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, expect, test } from 'vitest';
import { DATABASE_FILE } from '../../src/main/core/newsroom';
import { SAVER_JOURNAL_KEY, SAVER_USER, type SaveReport } from '../fixtures/processes/save-crash-protocol';
import { seededRandom } from '../helpers/seeded-random';
import { openTempNewsroom } from '../helpers/temp-newsroom';

/**
 * #16 item 5: the editor's save is one transaction. A child process saves stories through the real
 * router and SQLite file (save-until-killed.ts) and is SIGKILLed at random moments; after every
 * kill each story and its checkpoints are whole: every version has its checkpoint revision, no
 * checkpoint exists without its version, and the journal holds only a save that did not commit.
 */
const KILLS = 5;
const CHILD = resolve(import.meta.dirname, '../fixtures/processes/save-until-killed.ts');
const JITI_CLI = join(import.meta.dirname, '../../node_modules/jiti/lib/jiti-cli.mjs');

interface Saver {
  child: ChildProcess;
  /** Settles when the process has exited and its pipes are closed. */
  closed: Promise<void>;
}
let saver: Saver | null = null;
const dirs: string[] = [];

// Whatever happened in the test, no child outlives it and none is left un-awaited (an un-reaped
// child or an open pipe keeps vitest's worker alive).
afterEach(async () => {
  if (saver) {
    saver.child.kill('SIGKILL');
    await saver.closed;
    saver = null;
  }
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/**
 * Makes SQLite work a few milliseconds right after the save writes its version (its change-log
 * entry) and its checkpoint revision, so most kills land inside the save's transaction, between
 * the parts that used to be three separate calls. Test-only triggers on the test's own file.
 */
function slowDownInsideTheSave(file: string): void {
  const db = new Database(file);
  const busyWork = 'SELECT count(*) FROM crash_test_rows AS a, crash_test_rows AS b';
  db.exec(`
    CREATE TABLE crash_test_rows (n INTEGER);
    WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n LIMIT 300) INSERT INTO crash_test_rows SELECT x FROM n;
    CREATE TRIGGER crash_test_after_version AFTER INSERT ON change_log BEGIN ${busyWork}; END;
    CREATE TRIGGER crash_test_after_checkpoint AFTER INSERT ON revisions BEGIN ${busyWork}; END;
  `);
  db.close();
}

/** Starts a life of the saver, lets it commit `saves` saves and a few milliseconds more, and SIGKILLs it. */
async function saveThenKill(dataDir: string, life: number, saves: number, extraMs: number): Promise<SaveReport[]> {
  const child = spawn(process.execPath, [JITI_CLI, CHILD, dataDir, String(life)], { stdio: ['ignore', 'pipe', 'pipe'] });
  const closed = new Promise<void>((done) => child.once('close', () => done()));
  saver = { child, closed };
  const reports: SaveReport[] = [];
  let stderr = '';
  let pending = '';
  await new Promise<void>((enough, failed) => {
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      const lines = (pending + chunk).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) reports.push(JSON.parse(line) as SaveReport);
      if (reports.filter((report) => report.kind === 'saved').length >= saves) enough();
    });
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    void closed.then(() => failed(new Error(`life ${life}: the saver stopped by itself (exit ${child.exitCode}) after ${reports.length} lines:\n${stderr}`)));
  });
  await new Promise((wait) => setTimeout(wait, extraMs));
  child.kill('SIGKILL');
  await closed;
  saver = null;
  if (child.signalCode !== 'SIGKILL') throw new Error(`life ${life}: the saver exited (${child.exitCode}) before the kill:\n${stderr}`);
  return reports;
}

interface StoryRow {
  id: string;
  version: number;
  headline: string;
}

/** What the kill left, read from the file as it is (the core is not open). */
function checkEverySaveWhole(file: string, committed: Map<string, number>): { stories: number; versions: number; inFlight: boolean } {
  const db = new Database(file, { fileMustExist: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const stories = db.prepare<[], StoryRow>('SELECT id, version, headline FROM articles ORDER BY created_at, id').all();
    const checkpoints = db.prepare<[string], { article_version: number; headline: string }>(
      `SELECT article_version, json_extract(content_json, '$.headline') AS headline FROM revisions
        WHERE article_id = ? AND reason = 'manual' ORDER BY article_version`,
    );
    const changes = db.prepare<[string], number>(`SELECT count(*) FROM change_log WHERE entity = 'article' AND entity_id = ?`).pluck();
    for (const story of stories) {
      const rows = checkpoints.all(story.id);
      // Each version has exactly one checkpoint, and no checkpoint is of a version that is not there.
      expect(rows.map((row) => row.article_version), `checkpoints of ${story.headline}`).toEqual(Array.from({ length: story.version }, (_, index) => index + 1));
      expect(rows.at(-1)?.headline).toBe(story.headline);
      expect(changes.get(story.id)).toBe(story.version);
    }
    // Every save the child saw return is there.
    const byId = new Map(stories.map((story) => [story.id, story.version]));
    for (const [id, version] of committed) expect(byId.get(id) ?? 0, `story ${id}`).toBeGreaterThanOrEqual(version);
    // The journal is cleared by the save that commits; what is left is a save that never committed.
    const journal = db.prepare<[string], string>(`SELECT json_extract(fields_json, '$.headline') FROM draft_journal WHERE draft_key = ?`).pluck().all(SAVER_JOURNAL_KEY);
    expect(journal.length).toBeLessThanOrEqual(1);
    const savedHeadlines = new Set(db.prepare<[], string>(`SELECT json_extract(content_json, '$.headline') FROM revisions`).pluck().all());
    for (const headline of journal) expect(savedHeadlines.has(headline), `journal entry ${headline}`).toBe(false);
    return { stories: stories.length, versions: stories.reduce((sum, story) => sum + story.version, 0), inFlight: journal.length === 1 };
  } finally {
    db.close();
  }
}

test(`a save SIGKILLed at ${KILLS} random moments leaves the story and its checkpoint both there or both absent`, async () => {
  const seed = Date.now() % 1_000_000;
  const random = seededRandom(seed);
  const room = openTempNewsroom();
  dirs.push(room.dataDir);
  await room.addUser({ username: SAVER_USER, roles: ['reporter'] });
  room.newsroom.close();
  const file = join(room.dataDir, DATABASE_FILE);
  slowDownInsideTheSave(file);

  const committed = new Map<string, number>();
  let inFlight = 0;
  let figures = { stories: 0, versions: 0, inFlight: false };
  for (let life = 0; life < KILLS; life += 1) {
    const reports = await saveThenKill(room.dataDir, life, 1 + Math.floor(random() * 6), Math.floor(random() * 40));
    for (const { articleId, version } of reports) if (articleId && version) committed.set(articleId, version);
    try {
      figures = checkEverySaveWhole(file, committed);
    } catch (error) {
      throw new Error(`after kill ${life + 1} (seed ${seed}): ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    if (figures.inFlight) inFlight += 1;
  }

  // The app starts on what the last kill left and offers the save in flight, if any, for recovery.
  const reopened = openTempNewsroom({ dataDir: room.dataDir });
  try {
    const user = await reopened.signIn(SAVER_USER);
    expect(reopened.newsroom.drafts.recoverable(user.id)).toHaveLength(figures.inFlight ? 1 : 0);
  } finally {
    reopened.newsroom.close();
  }
  expect(committed.size).toBeGreaterThan(0);
  process.stdout.write(`save crash: ${KILLS} kills (seed ${seed}), ${figures.stories} stories, ${figures.versions} versions whole, ${inFlight} kills with a save in flight\n`);
}, 300_000);
