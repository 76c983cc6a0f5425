import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { silentLogger } from '../../src/shared/node/logger';
import { DATABASE_FILE } from '../../src/main/core/newsroom';
import { createRouter, type Router } from '../../src/main/core/router/router';
import { ARTICLE_STATUSES, type ArticleStatus } from '../../src/shared/domain/article-status';
import { bodyFromPlainText } from '../../src/shared/domain/article-body';
import { ROLES, type Role } from '../../src/shared/domain/roles';
import type { User } from '../../src/shared/domain/user';
import { findTransition, TRANSITIONS, WORKFLOW_ACTIONS, type WorkflowAction } from '../../src/shared/workflow/transitions';
import { APP_SENDER, openTempNewsroom, TEST_ORIGIN, TEST_PASSWORD, type TempNewsroom } from '../helpers/temp-newsroom';

/**
 * Every (role × state × action), each with the story the actor's own (they wrote it and hold it)
 * and somebody else's. The expectation comes from the one workflow table; the test shows that the
 * router and the core enforce exactly that table: allowed moves succeed and are audited, every other
 * one is refused with `forbidden` and leaves the database exactly as it was.
 */

type Relation = 'own' | 'others';

let room: TempNewsroom;
let raw: Database.Database;
const routers = new Map<Role, Router>();
const users = new Map<Role, User>();
let colleague: User;

beforeAll(async () => {
  room = openTempNewsroom({ clock: { now: () => new Date('2024-06-29T09:49:00.000Z') } });
  for (const role of ROLES) {
    const user = await room.addUser({ username: `u-${role}`, roles: [role] });
    const router = createRouter({ newsroom: room.newsroom, trustedOrigins: [TEST_ORIGIN], logger: silentLogger });
    const signIn = await router.dispatch('session.signIn', { username: user.username, password: TEST_PASSWORD }, APP_SENDER);
    expect(signIn.ok).toBe(true);
    users.set(role, user);
    routers.set(role, router);
  }
  colleague = await room.addUser({ username: 'dong-nghiep', roles: [...ROLES] });
  raw = new Database(join(room.dataDir, DATABASE_FILE), { readonly: true });
});

afterAll(() => {
  raw.close();
  room.cleanup();
});

/** A story in `status`, written and held by `owner`, arranged directly in the core. */
function storyIn(status: ArticleStatus, owner: User) {
  const article = room.newsroom.articles.create(
    { headline: `Bài ${status}`, sapo: '', category: 'Tin tức', body: bodyFromPlainText('Nội dung.') },
    owner.id,
  );
  return room.newsroom.articles.setWorkflowState(article.id, {
    status,
    holderId: ['editing'].includes(status) ? owner.id : null,
    publishAt: status === 'scheduled' ? '2024-07-01T01:00:00.000Z' : null,
    publishedAt: ['published', 'unpublished'].includes(status) ? '2024-06-28T09:00:00.000Z' : null,
  });
}

const inputsFor = (action: WorkflowAction) => ({
  ...(action === 'return' ? { note: 'Cần thêm nguồn tin.' } : {}),
  ...(action === 'schedule' ? { publishAt: '2024-06-30T01:00:00.000Z' } : {}),
  ...(action === 'correct' ? { correction: 'Sửa tên đơn vị.' } : {}),
});

const TABLES = ['articles', 'audit_log', 'notes', 'publications', 'change_log'];
const databaseState = (articleId: string) => ({
  counts: TABLES.map((table) => raw.prepare(`SELECT count(*) FROM ${table}`).pluck().get()),
  row: raw.prepare('SELECT * FROM articles WHERE id = ?').get(articleId),
});

const cases = ROLES.flatMap((role) =>
  ARTICLE_STATUSES.flatMap((status) =>
    WORKFLOW_ACTIONS.flatMap((action) => (['own', 'others'] as Relation[]).map((relation) => [role, status, action, relation] as const)),
  ),
);

describe.each(ROLES)('as %s', (role) => {
  test.each(cases.filter(([caseRole]) => caseRole === role))(
    '%s · %s · %s · %s story',
    async (_role, status, action, relation) => {
      const actor = users.get(role)!;
      const story = storyIn(status, relation === 'own' ? actor : colleague);
      const allowed = findTransition(action, actor, story);
      const before = databaseState(story.id);

      const result = await routers.get(role)!.dispatch(
        'workflow.transition',
        { articleId: story.id, action, expectedVersion: story.version, ...inputsFor(action) },
        APP_SENDER,
      );

      if (allowed) {
        expect(result).toMatchObject({ ok: true, value: { status: allowed.to, version: story.version + 1 } });
        const trail = room.newsroom.audit.forArticle(story.id);
        expect(trail.at(-1)).toMatchObject({ action, userId: actor.id, fromStatus: status, toStatus: allowed.to });
      } else {
        expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
        expect(databaseState(story.id)).toEqual(before);
      }
    },
  );
});

describe('the table says what the newsroom expects', () => {
  const can = (role: Role, action: WorkflowAction) => TRANSITIONS.some((t) => t.action === action && t.roles.includes(role));

  test('reporters file stories but never approve or publish them', () => {
    expect(can('reporter', 'submit')).toBe(true);
    for (const action of ['claim', 'approve', 'publish', 'unpublish', 'correct', 'schedule'] as const) {
      expect(can('reporter', action)).toBe(false);
    }
  });

  test('only the editor-in-chief unpublishes and corrects', () => {
    for (const role of ROLES) {
      expect(can(role, 'unpublish')).toBe(role === 'editor_in_chief');
      expect(can(role, 'correct')).toBe(role === 'editor_in_chief');
    }
  });

  test('admins administer users, not stories', () => {
    for (const action of WORKFLOW_ACTIONS) expect(can('admin', action)).toBe(false);
  });

  test('returning a story without a note is refused even for the editor holding it', async () => {
    const editor = users.get('editor')!;
    const story = storyIn('editing', editor);
    const result = await routers.get('editor')!.dispatch(
      'workflow.transition',
      { articleId: story.id, action: 'return', expectedVersion: story.version },
      APP_SENDER,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ path: 'note' }] } });
  });
});
