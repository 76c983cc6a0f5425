import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, expect, test } from 'vitest';
import { DATABASE_FILE } from '../../src/main/core/newsroom';
import { bodyFromPlainText } from '../../src/shared/domain/article-body';
import { openTempNewsroom, type TempNewsroom } from '../helpers/temp-newsroom';

let room: TempNewsroom;
afterEach(() => room.cleanup());

/** A story approved and scheduled for 2024-06-29 16:49 Vietnam time (09:49 UTC). */
async function scheduledStory(start: string) {
  let now = Date.parse(start);
  room = openTempNewsroom({ clock: { now: () => new Date(now) } });
  const chief = await room.addUser({ username: 'tongbientap', roles: ['editor_in_chief', 'editor'] });
  const { workflow } = room.newsroom;
  let story = workflow.create({ headline: 'Hẹn giờ', sapo: '', category: 'Tin tức', body: bodyFromPlainText('') }, chief);
  for (const action of ['submit', 'claim', 'approve'] as const) {
    story = workflow.transition({ articleId: story.id, action, expectedVersion: story.version }, chief);
  }
  story = workflow.transition({ articleId: story.id, action: 'schedule', expectedVersion: story.version, publishAt: '2024-06-29T09:49:00.000Z' }, chief);
  return { story, chief, setNow: (iso: string) => (now = Date.parse(iso)) };
}

test('a scheduled story waits for its time, then is published as the editor who scheduled it', async () => {
  const { story, chief, setNow } = await scheduledStory('2024-06-29T08:00:00.000Z');
  expect(room.newsroom.workflow.publishDue()).toEqual([]);

  setNow('2024-06-29T09:49:10.000Z');
  const [run] = room.newsroom.workflow.publishDue();
  expect(run).toMatchObject({ article: { id: story.id, status: 'published', publishedAt: '2024-06-29T09:49:10.000Z' }, lateByMs: 10_000 });
  expect(room.newsroom.audit.forArticle(story.id).at(-1)).toMatchObject({
    action: 'publish',
    userId: chief.id,
    details: { scheduled: true, dueAt: '2024-06-29T09:49:00.000Z' },
  });
  expect(room.newsroom.publications.forArticle(story.id)).toHaveLength(1);
  expect(room.newsroom.workflow.publishDue()).toEqual([]);
});

test('a schedule missed while the app was closed runs at the next start and says it ran late', async () => {
  const { story, setNow } = await scheduledStory('2024-06-29T08:00:00.000Z');
  const restarted = room.reopen();
  room = restarted;
  setNow('2024-06-29T12:19:00.000Z');
  const [run] = restarted.newsroom.workflow.publishDue();
  expect(run?.lateByMs).toBe(150 * 60_000);
  expect(restarted.newsroom.audit.forArticle(story.id).at(-1)?.details).toEqual({
    scheduled: true,
    dueAt: '2024-06-29T09:49:00.000Z',
    ranLate: true,
    lateByMinutes: 150,
  });
});

test('a schedule set by someone who may no longer publish is left for a person', async () => {
  const { story, chief, setNow } = await scheduledStory('2024-06-29T08:00:00.000Z');
  const admin = await room.addUser({ username: 'quantri', roles: ['admin'] });
  room.newsroom.users.update(chief.id, room.newsroom.users.get(chief.id).version, { disabled: true }, admin.id);
  setNow('2024-06-29T10:00:00.000Z');
  expect(room.newsroom.workflow.publishDue()).toEqual([]);
  expect(room.newsroom.articles.get(story.id).status).toBe('scheduled');
});

test('who scheduled the story is read from the story (scheduled_by), not from the audit log', async () => {
  const { story, chief, setNow } = await scheduledStory('2024-06-29T08:00:00.000Z');
  expect(room.newsroom.articles.workflowState(story.id)).toMatchObject({ scheduledBy: chief.id });
  const deputy = await room.addUser({ username: 'photongbientap', roles: ['editor_in_chief'] });

  // The audit log says the chief scheduled it; the story, written behind the core's back, names the deputy.
  const raw = new Database(join(room.dataDir, DATABASE_FILE));
  raw.prepare('UPDATE articles SET scheduled_by = ? WHERE id = ?').run(deputy.id, story.id);
  raw.close();
  setNow('2024-06-29T09:50:00.000Z');
  const [run] = room.newsroom.workflow.publishDue();
  expect(run?.article).toMatchObject({ id: story.id, status: 'published' });
  expect(room.newsroom.audit.forArticle(story.id).at(-1)).toMatchObject({ action: 'publish', userId: deputy.id });
});

test('unscheduling forgets who scheduled the story, as it forgets the time', async () => {
  const { story, chief } = await scheduledStory('2024-06-29T08:00:00.000Z');
  const back = room.newsroom.workflow.transition({ articleId: story.id, action: 'unschedule', expectedVersion: story.version }, chief);
  expect(room.newsroom.articles.workflowState(back.id)).toMatchObject({ status: 'approved', publishAt: null, scheduledBy: null });
});
