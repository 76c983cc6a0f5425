import { afterEach, describe, expect, test } from 'vitest';
import { bodyFromPlainText } from '../../../src/shared/domain/article-body';
import { newId } from '../../../src/shared/ids';
import type { PullPage, PushedChangeInput, PushOutcome } from '../../../src/shared/sync/wire';
import { steppingClock } from '../../helpers/clocks';
import { serverDatabases } from '../../helpers/server-databases';
import { startSyncServer, type SyncServer } from '../../helpers/sync-server';

const servers: SyncServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

const ids = steppingClock('2026-03-02T08:00:00.000Z');
const fields = (headline: string, text = 'Nước lên nhanh ở Hồng Ngự.') => ({ headline, sapo: 'Sapo', body: bodyFromPlainText(text), category: 'Thời sự' });
/** An editor's save of `story` from `expectedVersion` with these fields (no checkpoint, no journal). */
const saveOf = (story: string, expectedVersion: number, saved: ReturnType<typeof fields>) => ({ story: { id: story, expectedVersion }, fields: saved, checkpoint: null, journalKey: null });

/** One laptop change as the sync engine pushes it. */
function change<C extends PushedChangeInput['call']>(call: C, entityId: string, input: Extract<PushedChangeInput, { call: C }>['input'], extra: { baseVersion?: number | null; noteId?: string | null } = {}): PushedChangeInput {
  return {
    changeId: newId(ids),
    call,
    entity: call === 'notes.add' ? 'note' : 'story',
    entityId,
    baseVersion: extra.baseVersion ?? null,
    madeAt: '2026-03-02T08:00:00.000Z',
    noteId: extra.noteId ?? null,
    input,
  } as PushedChangeInput;
}

describe.each(serverDatabases())('pushing and pulling records on $name', (database) => {
  describe.skipIf(database.missing !== null)('POST and GET /api/changes', () => {
    async function start() {
      const sync = await startSyncServer(database);
      servers.push(sync);
      const reporter = await sync.account('phongvien', ['reporter']);
      const editor = await sync.account('bientap', ['editor']);
      const chief = await sync.account('thuky', ['managing_editor']);
      const push = async (token: string, changes: unknown[]) => {
        const response = await sync.send('POST', '/api/changes', { token, body: { changes } });
        expect(response.status).toBe(200);
        return response.body.outcomes as PushOutcome[];
      };
      const pull = async (token: string, after = 0, limit?: number) => {
        const response = await sync.send('GET', `/api/changes?after=${after}${limit ? `&limit=${limit}` : ''}`, { token });
        expect(response.status).toBe(200);
        return response.body as unknown as PullPage;
      };
      return { sync, reporter, editor, chief, push, pull };
    }

    test('a reporter files, an editor claims, edits and approves; everyone pulls the same story in seq order', async () => {
      const { reporter, editor, push, pull } = await start();
      const story = newId(ids);
      const filed = await push(reporter.token, [
        change('articles.save', story, { story: null, fields: fields('Lũ về sớm'), checkpoint: 'manual', journalKey: null }),
        change('articles.save', story, { story: { id: story, expectedVersion: 1 }, fields: fields('Lũ về sớm ở Đồng Tháp'), checkpoint: null, journalKey: null }, { baseVersion: 1 }),
        change('workflow.transition', story, { articleId: story, action: 'submit', expectedVersion: 2 }, { baseVersion: 2 }),
      ]);
      expect(filed.map((outcome) => outcome.outcome)).toEqual(['applied', 'applied', 'applied']);
      expect(filed[2]?.story).toMatchObject({ id: story, status: 'submitted', version: 3, createdBy: reporter.account.id, headline: 'Lũ về sớm ở Đồng Tháp' });

      const noteId = newId(ids);
      const edited = await push(editor.token, [
        change('workflow.transition', story, { articleId: story, action: 'claim', expectedVersion: 3 }),
        change('articles.save', story, saveOf(story, 4, { ...fields('Lũ về sớm ở Đồng Tháp'), sapo: 'Sapo đã biên tập' })),
        change('workflow.transition', story, { articleId: story, action: 'approve', expectedVersion: 5, note: 'Bài tốt' }, { noteId }),
      ]);
      expect(edited.map((outcome) => outcome.outcome)).toEqual(['applied', 'applied', 'applied']);
      expect(edited[2]?.story).toMatchObject({ status: 'approved', version: 6, holderId: null, sapo: 'Sapo đã biên tập' });

      const page = await pull(reporter.token);
      expect(page.changes.map((entry) => entry.call)).toEqual([
        'articles.save', 'articles.save', 'workflow.transition', 'workflow.transition', 'articles.save', 'workflow.transition',
      ]);
      expect(page.changes.map((entry) => entry.seq)).toEqual([...page.changes.map((entry) => entry.seq)].sort((a, b) => a - b));
      expect(page.changes.at(-1)).toMatchObject({ accountId: editor.account.id, story: { status: 'approved', version: 6 }, note: { id: noteId, body: 'Bài tốt', authorId: editor.account.id } });
      expect(page).toMatchObject({ nextCursor: page.changes.at(-1)?.seq, hasMore: false });
      // Paging by cursor: two at a time gives the same list, nothing twice.
      const paged: number[] = [];
      let cursor = 0;
      for (;;) {
        const next = await pull(editor.token, cursor, 2);
        paged.push(...next.changes.map((entry) => entry.seq));
        cursor = next.nextCursor;
        if (!next.hasMore) break;
      }
      expect(paged).toEqual(page.changes.map((entry) => entry.seq));
      expect((await pull(editor.token, cursor)).changes).toEqual([]);
    });

    test('a forged approval by a reporter is refused with its reason, and the refusal is answered the same again', async () => {
      const { reporter, editor, push, pull } = await start();
      const story = newId(ids);
      await push(reporter.token, [
        change('articles.create', story, fields('Tin nhanh')),
        change('workflow.transition', story, { articleId: story, action: 'submit', expectedVersion: 1 }),
      ]);
      const forged = change('workflow.transition', story, { articleId: story, action: 'approve', expectedVersion: 2 });
      const [refused] = await push(reporter.token, [forged]);
      expect(refused).toMatchObject({ outcome: 'refused', reason: 'role', story: { status: 'submitted', version: 2 } });
      expect(await push(reporter.token, [forged])).toEqual([refused]);
      // An editor who has not claimed it may not approve it either: the server's state decides.
      const [unclaimed] = await push(editor.token, [change('workflow.transition', story, { articleId: story, action: 'approve', expectedVersion: 2 })]);
      expect(unclaimed).toMatchObject({ outcome: 'refused', reason: 'state' });
      expect((await pull(editor.token)).changes.map((entry) => entry.story?.status)).toEqual(['draft', 'submitted']);
    });

    test('a retried push is a no-op: the same answers, nothing logged twice', async () => {
      const { reporter, push, pull } = await start();
      const story = newId(ids);
      const batch = [
        change('articles.create', story, fields('Giá lúa tăng')),
        change('articles.save', story, saveOf(story, 1, fields('Giá lúa tăng mạnh'))),
        change('notes.add', newId(ids), { articleId: story, body: 'Cần ảnh' }),
      ];
      const first = await push(reporter.token, batch);
      expect(first.map((outcome) => outcome.outcome)).toEqual(['applied', 'applied', 'applied']);
      const again = await push(reporter.token, batch);
      expect(again.map((outcome) => outcome.outcome)).toEqual(['duplicate', 'duplicate', 'duplicate']);
      expect(again.map((outcome) => outcome.seq)).toEqual(first.map((outcome) => outcome.seq));
      const page = await pull(reporter.token);
      expect(page.changes).toHaveLength(3);
      expect(page.changes.at(-1)?.story).toMatchObject({ headline: 'Giá lúa tăng mạnh', version: 2 });
    });

    test('a change no longer valid (spiked meanwhile) is refused with its reason; the rest of the batch applies', async () => {
      const { reporter, chief, push } = await start();
      const story = newId(ids);
      const other = newId(ids);
      await push(reporter.token, [
        change('articles.create', story, fields('Sạt lở')),
        change('workflow.transition', story, { articleId: story, action: 'submit', expectedVersion: 1 }),
        change('articles.create', other, fields('Tin khác')),
      ]);
      const [spiked] = await push(chief.token, [change('workflow.transition', story, { articleId: story, action: 'spike', expectedVersion: 2 })]);
      expect(spiked).toMatchObject({ outcome: 'applied', story: { status: 'spiked' } });
      const outcomes = await push(reporter.token, [
        change('articles.save', story, saveOf(story, 2, fields('Sạt lở nghiêm trọng'))),
        { changeId: newId(ids), call: 'articles.save', entity: 'story', entityId: other, baseVersion: 1, madeAt: 'hôm qua', noteId: null, input: { story: { id: other } } },
        change('articles.save', other, saveOf(other, 1, fields('Tin khác, đã sửa'))),
        change('articles.save', newId(ids), saveOf(newId(ids), 1, fields('Không có'))),
        { changeId: newId(ids), call: 'doc.update', entity: 'doc', entityId: story, baseVersion: null, madeAt: '2026-03-02T08:00:00.000Z', noteId: null, input: { update: 'AAEC' } },
      ]);
      expect(outcomes.map(({ outcome, reason }) => [outcome, reason])).toEqual([
        ['refused', 'state'],
        ['refused', 'invalid'],
        ['applied', null],
        ['refused', 'invalid'],
        ['refused', 'unsupported'],
      ]);
      expect(outcomes[0]?.story).toMatchObject({ status: 'spiked', headline: 'Sạt lở' });
    });

    test('changes need a signed-in account; a malformed batch or cursor is a validation error', async () => {
      const { reporter, sync } = await start();
      expect((await sync.send('GET', '/api/changes?after=0')).status).toBe(401);
      expect((await sync.send('POST', '/api/changes', { body: { changes: [] } })).status).toBe(401);
      expect(await sync.send('POST', '/api/changes', { token: reporter.token, body: { changes: [] } })).toMatchObject({ status: 400, body: { error: { code: 'validation' } } });
      expect(await sync.send('GET', '/api/changes?after=-1', { token: reporter.token })).toMatchObject({ status: 400 });
      expect(await sync.send('GET', '/api/changes', { token: reporter.token })).toMatchObject({ status: 400 });
    });

    test('the event stream says "pull now" when changes commit', async () => {
      const { sync, reporter, push } = await start();
      const controller = new AbortController();
      const response = await fetch(`${sync.url}/api/changes/events`, { headers: { authorization: `Bearer ${reporter.token}` }, signal: controller.signal });
      expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
      const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
      let text = '';
      const until = async (pattern: RegExp) => {
        while (!pattern.test(text)) text += (await reader.read()).value ?? '';
      };
      await until(/data: \{"latestSeq":null\}\n\n/);
      const [applied] = await push(reporter.token, [change('articles.create', newId(ids), fields('Tin mới'))]);
      await until(new RegExp(`data: \\{"latestSeq":${applied?.seq}\\}\\n\\n`));
      controller.abort();
    });
  });
});
