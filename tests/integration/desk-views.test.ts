import { afterEach, beforeEach, expect, test } from 'vitest';
import { bodyFromPlainText } from '../../src/shared/domain/article-body';
import type { User } from '../../src/shared/domain/user';
import { deskViewsFor, type DeskView } from '../../src/shared/workflow/desk-views';
import { deskViewState } from '../../src/renderer/desk/desk-state';
import { openTempNewsroom, type TempNewsroom } from '../helpers/temp-newsroom';

let room: TempNewsroom;
let reporter: User;
let other: User;

beforeEach(async () => {
  room = openTempNewsroom();
  reporter = await room.addUser({ username: 'an', roles: ['reporter'] });
  other = await room.addUser({ username: 'binh', roles: ['reporter', 'editor'] });
  const story = (author: User, headline: string) =>
    room.newsroom.workflow.create({ headline, sapo: '', category: 'Tin tức', body: bodyFromPlainText('') }, author);
  story(reporter, 'Nháp của An');
  const filed = story(reporter, 'Bài An đã gửi');
  room.newsroom.workflow.transition({ articleId: filed.id, action: 'submit', expectedVersion: 1 }, reporter);
  const spiked = story(reporter, 'Bài An đã hủy');
  room.newsroom.workflow.transition({ articleId: spiked.id, action: 'spike', expectedVersion: 1 }, reporter);
  story(other, 'Nháp của Bình');
});
afterEach(() => room.cleanup());

const headlines = (result: Awaited<ReturnType<TempNewsroom['call']>>) =>
  result.ok ? (result.value as { items: { headline: string }[] }).items.map((item) => item.headline).sort() : result.error;

/** The desk list as the sidebar's view asks for it (the renderer's own mapping of views to filters). */
const listView = (view: DeskView, user: User) => {
  const { filters, sort } = deskViewState(view, view, user.id);
  return room.call('desk.list', { filters, sort });
};

test('"Bài của tôi" lists the signed-in user’s own live stories, not spiked ones', async () => {
  await room.signIn('an');
  expect(headlines(await listView('mine', reporter))).toEqual(['Bài An đã gửi', 'Nháp của An']);
  await room.signIn('binh');
  expect(headlines(await listView('mine', other))).toEqual(['Nháp của Bình']);
});

test('state views list every story in that state', async () => {
  await room.signIn('binh');
  expect(headlines(await listView('submitted', other))).toEqual(['Bài An đã gửi']);
  expect(headlines(await listView('spiked', other))).toEqual(['Bài An đã hủy']);
});

test('counts per state and for "mine"', async () => {
  await room.signIn('an');
  expect(await room.call('desk.counts', {})).toMatchObject({ ok: true, value: { all: 4, byStatus: { draft: 2, submitted: 1, spiked: 1, published: 0 }, mine: 2 } });
});

test('each role sees the views it works from', () => {
  expect(deskViewsFor(['reporter'])).toEqual(['mine']);
  expect(deskViewsFor(['editor'])).toEqual(['mine', 'submitted', 'editing', 'approved']);
  expect(deskViewsFor(['editor_in_chief'])).toEqual(['mine', 'submitted', 'editing', 'approved', 'scheduled', 'published', 'spiked']);
  expect(deskViewsFor(['admin'])).toEqual([]);
});
