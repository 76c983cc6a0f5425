import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { createFileLogger, LOG_FILE, logFolder, type FileLogger } from '../../src/shared/node/logger';
import { bodyFromPlainText } from '../../src/shared/domain/article-body';
import type { Article } from '../../src/shared/domain/article';
import type { DestinationSummary } from '../../src/shared/domain/destination';
import { startReceiver, type Receiver } from '../helpers/http-receiver';
import { callOk, makeTempDir, openSignedInNewsroom, saveStory, type TempNewsroom } from '../helpers/temp-newsroom';

/** Every line of every log file in the folder, parsed (a line that is not JSON fails the test). */
function readLogs(folder: string): { files: string[]; entries: Record<string, unknown>[]; raw: string } {
  const files = readdirSync(folder).sort();
  const raw = files.map((file) => readFileSync(join(folder, file), 'utf8')).join('');
  const entries = raw
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { files, entries, raw };
}

let room: (TempNewsroom & { user: unknown }) | undefined;
let logger: FileLogger | undefined;
let receiver: Receiver | undefined;
let folder: string | undefined;

afterEach(async () => {
  await logger?.close();
  room?.cleanup();
  await receiver?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
  room = logger = receiver = folder = undefined;
});

describe('the log keeps what happened, never what was written', () => {
  const WRONG_PASSWORD = 'sai-mật-khẩu-7f3a9c';
  const NEW_PASSWORD = 'mật-khẩu-mới-b81d44e0';
  const SECRET = 'bí-mật-của-cổng-ninjs-5c2e91d07a';
  const HEADLINE = 'Tít bài độc nhất 4a7e Bạc Liêu';
  const SAPO = 'Sapo độc nhất 9c1f về hội nghị';
  const BODY = 'Đoạn văn độc nhất e3b0 chỉ có trong bài này.';
  const NOTE = 'Ghi chú độc nhất 77d2 cho biên tập';
  const DRAFT = 'Bản nháp đang gõ độc nhất 05aa';

  test('sign-in with a wrong password, a destination with a secret, an article, a note and a draft: logged by name, none of their text', async () => {
    const dataDir = makeTempDir();
    logger = createFileLogger({ folder: logFolder(dataDir) });
    room = await openSignedInNewsroom({ dataDir, logger });

    expect(await room.call('session.signIn', { username: 'tester', password: WRONG_PASSWORD })).toMatchObject({
      ok: false,
      error: { code: 'unauthenticated' },
    });
    await room.signIn('tester');
    await callOk(room, 'users.setPassword', { id: (room.user as { id: string }).id, password: NEW_PASSWORD });

    receiver = await startReceiver('another secret entirely');
    const wire = await callOk<DestinationSummary>(room, 'destinations.save', { name: 'Cổng ninjs', url: receiver.url, enabled: true, secret: SECRET });
    await callOk(room, 'destinations.check', { id: wire.id });

    const article = await callOk<Article>(room, 'articles.create', {
      headline: HEADLINE,
      sapo: SAPO,
      category: 'Thời sự',
      body: bodyFromPlainText(BODY),
    });
    expect(await saveStory(room, article.id, 1, { body: bodyFromPlainText(`${BODY} ${BODY}`) })).toMatchObject({ ok: true });
    await callOk(room, 'notes.add', { articleId: article.id, body: NOTE });
    await callOk(room, 'drafts.write', {
      key: article.id,
      articleId: article.id,
      baseVersion: 2,
      fields: { headline: DRAFT, sapo: '', category: '', body: bodyFromPlainText(DRAFT) },
    });
    await logger.close();
    logger = undefined;

    const { files, entries, raw } = readLogs(logFolder(dataDir));
    expect(files).toEqual([LOG_FILE]);
    for (const secret of [WRONG_PASSWORD, NEW_PASSWORD, SECRET, HEADLINE, SAPO, BODY, NOTE, DRAFT]) {
      expect(raw).not.toContain(secret);
      // Also as JSON would escape it, and without diacritics' combining forms.
      expect(raw).not.toContain(JSON.stringify(secret).slice(1, -1));
      expect(raw.normalize('NFC')).not.toContain(secret.normalize('NFC'));
    }
    const calls = entries.map((entry) => [entry['level'], entry['message'], entry['call'], entry['code'] ?? null]);
    expect(calls).toEqual(
      expect.arrayContaining([
        ['warn', 'call refused', 'session.signIn', 'unauthenticated'],
        ['info', 'call', 'session.signIn', null],
        ['info', 'call', 'users.setPassword', null],
        ['info', 'call', 'destinations.save', null],
        ['info', 'call', 'articles.create', null],
        ['info', 'call', 'articles.save', null],
        ['info', 'call', 'notes.add', null],
      ]),
    );
    // Routine writes while typing are not logged; every entry is structured and timed.
    expect(calls.some(([, , call]) => call === 'drafts.write')).toBe(false);
    expect(entries.every((entry) => typeof entry['time'] === 'string' && !Number.isNaN(Date.parse(entry['time'] as string)))).toBe(true);
  });

  test('a field named like a secret is redacted even when a call site passes it by mistake', async () => {
    folder = makeTempDir();
    logger = createFileLogger({ folder });
    logger.warn('careless call site', { password: WRONG_PASSWORD, secret: SECRET, body: BODY, headline: HEADLINE, article: 'a-1' });
    await logger.close();
    logger = undefined;
    const { entries, raw } = readLogs(folder);
    expect(raw).not.toContain(WRONG_PASSWORD);
    expect(raw).not.toContain(SECRET);
    expect(raw).not.toContain(BODY);
    expect(entries).toEqual([
      expect.objectContaining({ message: 'careless call site', password: '[redacted]', secret: '[redacted]', body: '[redacted]', article: 'a-1' }),
    ]);
  });
});

test('logs rotate by size and keep a fixed number of old files', async () => {
  folder = makeTempDir();
  const maxFileBytes = 4_000;
  logger = createFileLogger({ folder, maxFileBytes, keptFiles: 2 });
  const lines = 600;
  for (let index = 0; index < lines; index += 1) {
    logger.info('delivery attempt', { job: `job-${index}`, attempt: index });
    // Rotation happens between writes; let the stream drain now and then as a running app would.
    if (index % 50 === 49) await new Promise((resolve) => setImmediate(resolve));
  }
  await logger.close();
  logger = undefined;

  const { files, entries } = readLogs(folder);
  expect(files).toEqual(['newsdesk.1.log', 'newsdesk.2.log', LOG_FILE]);
  const longestLine = 120;
  for (const file of files) expect(statSync(join(folder, file)).size).toBeLessThanOrEqual(maxFileBytes + longestLine);
  // Old lines were dropped; what is kept is the newest, in order, ending with the last line written.
  expect(entries.length).toBeLessThan(lines);
  const live = readFileSync(join(folder, LOG_FILE), 'utf8').trim().split('\n');
  expect(JSON.parse(live.at(-1)!)).toMatchObject({ job: `job-${lines - 1}` });
});
