import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { createNinjsValidator } from '../../src/main/core/publishing/ninjs/ninjs-validator';
import { WEBSITE_DESTINATION } from '../../src/main/core/publishing/destinations/website/website-destination';
import { bodyFromPlainText } from '../../src/shared/domain/article-body';
import type { DestinationSummary } from '../../src/shared/domain/destination';
import type { User } from '../../src/shared/domain/user';
import { startReceiver, type Receiver } from '../helpers/http-receiver';
import { callOk, openTempNewsroom, type TempNewsroom } from '../helpers/temp-newsroom';

const SECRET = 'khóa bí mật của tòa soạn 2024';

let room: TempNewsroom;
let receiver: Receiver;
let chief: User;

beforeEach(async () => {
  room = openTempNewsroom();
  await room.addUser({ username: 'quantri', roles: ['admin'] });
  chief = await room.addUser({ username: 'tongbientap', roles: ['editor_in_chief', 'editor'] });
  receiver = await startReceiver(SECRET);
  await room.signIn('quantri');
});
afterEach(async () => {
  room.cleanup();
  await receiver.close();
});

const addWire = (enabled = true) =>
  callOk<DestinationSummary>(room, 'destinations.save', { name: 'Cổng ninjs', url: receiver.url, enabled, secret: SECRET });

test('a destination’s secret is stored encrypted and never sent back', async () => {
  const wire = await addWire();
  expect(wire).toEqual({ id: wire.id, name: 'Cổng ninjs', kind: 'ninjs-http', url: receiver.url, enabled: true, hasSecret: true });
  expect(JSON.stringify(await callOk(room, 'destinations.list', {}))).not.toContain(SECRET);
  const settingsFile = readFileSync(join(room.dataDir, 'settings.json'), 'utf8');
  expect(settingsFile).toContain(wire.id);
  expect(settingsFile).not.toContain(SECRET);
  expect(statSync(join(room.dataDir, 'secrets.key')).mode & 0o777).toBe(0o600);

  // Saving without a secret keeps the stored one.
  await callOk(room, 'destinations.save', { id: wire.id, name: 'Cổng ninjs 2', url: receiver.url, enabled: true });
  expect(await callOk(room, 'destinations.check', { id: wire.id })).toMatchObject({ ok: true });
});

test('only admins set destinations up, and only over https (or this machine)', async () => {
  expect(await room.call('destinations.save', { name: 'X', url: 'http://example.vn/in', enabled: true })).toMatchObject({ error: { code: 'validation' } });
  await room.signIn('tongbientap');
  expect(await room.call('destinations.list', {})).toMatchObject({ error: { code: 'forbidden' } });
});

test('Kiểm tra kết nối sends a signed ping; a receiver with another secret says so', async () => {
  const wire = await addWire();
  expect(await callOk(room, 'destinations.check', { id: wire.id })).toEqual({ ok: true, status: 200, message: expect.any(String) });
  expect(receiver.requests.at(-1)).toMatchObject({ action: 'ping', signatureValid: true, body: { type: 'ping' } });
  expect(receiver.applied.filter((request) => request.action !== 'ping')).toEqual([]);

  const stranger = await startReceiver('another secret entirely');
  const other = await callOk<DestinationSummary>(room, 'destinations.save', { name: 'Lạ', url: stranger.url, enabled: true, secret: SECRET });
  expect(await callOk(room, 'destinations.check', { id: other.id })).toMatchObject({ ok: false, status: 401 });
  await stranger.close();
});

test('published stories go to every enabled destination as signed, valid ninjs; unpublish sends canceled', async () => {
  await addWire();
  await addWire(false);
  const runner = room.newsroom.publishing;
  const { workflow } = room.newsroom;
  let story = workflow.create({ headline: 'Bạc Liêu: mùa muối', sapo: 'Sapo.', category: 'Kinh tế', body: bodyFromPlainText('Nội dung.') }, chief);
  for (const action of ['submit', 'claim', 'approve', 'publish', 'unpublish'] as const) {
    story = workflow.transition({ articleId: story.id, action, expectedVersion: story.version }, chief);
  }
  expect(room.newsroom.outbox.forArticle(story.id).map((job) => job.destinationId === WEBSITE_DESTINATION)).toEqual([true, false, true, false]);

  await runner.tick();
  expect(room.newsroom.outbox.forArticle(story.id).every((job) => job.state === 'sent')).toBe(true);
  const [published, canceled] = receiver.applied;
  expect(published).toMatchObject({ action: 'publish', signatureValid: true, body: { pubstatus: 'usable', headlines: [{ value: 'Bạc Liêu: mùa muối' }] } });
  expect(canceled).toMatchObject({ action: 'unpublish', signatureValid: true, body: { pubstatus: 'canceled' } });
  const validate = createNinjsValidator();
  expect(validate(published!.body).errors).toEqual([]);
  expect(validate(canceled!.body).errors).toEqual([]);
});

test('a destination removed while jobs wait: they fail with a plain reason instead of vanishing', async () => {
  const wire = await addWire();
  const { workflow } = room.newsroom;
  let story = workflow.create({ headline: 'Tin', sapo: '', category: 'Tin tức', body: bodyFromPlainText('') }, chief);
  for (const action of ['submit', 'claim', 'approve', 'publish'] as const) {
    story = workflow.transition({ articleId: story.id, action, expectedVersion: story.version }, chief);
  }
  await callOk(room, 'destinations.remove', { id: wire.id });
  await room.newsroom.publishing.tick();
  const job = room.newsroom.outbox.forArticle(story.id).find((candidate) => candidate.destinationId === wire.id);
  expect(job).toMatchObject({ state: 'failed', lastError: expect.stringContaining('not configured any more') });
});

test('a WordPress destination needs https (or this machine), its account and an application password', async () => {
  const wordpress = { kind: 'wordpress', name: 'WordPress', url: 'https://baobaclieu.vn/', username: 'bientap', enabled: true, secret: 'abcd efgh ijkl mnop qrst uvwx' };
  expect(await room.call('destinations.save', { ...wordpress, url: 'http://baobaclieu.vn/' })).toMatchObject({ error: { code: 'validation' } });
  expect(await room.call('destinations.save', { ...wordpress, username: undefined })).toMatchObject({ error: { code: 'validation', issues: [{ path: 'username' }] } });
  expect(await room.call('destinations.save', { ...wordpress, secret: undefined })).toMatchObject({ error: { code: 'validation', issues: [{ path: 'secret' }] } });

  const saved = await callOk<DestinationSummary>(room, 'destinations.save', { ...wordpress, url: 'http://127.0.0.1:8080/' });
  expect(saved).toEqual({ id: saved.id, name: 'WordPress', kind: 'wordpress', url: 'http://127.0.0.1:8080/', username: 'bientap', enabled: true, hasSecret: true });
  // An edit keeps the kind and, without a new password, the stored one.
  const edited = await callOk<DestinationSummary>(room, 'destinations.save', { id: saved.id, kind: 'ninjs-http', name: 'WP', url: 'https://baobaclieu.vn/', username: 'bientap2', enabled: false });
  expect(edited).toEqual({ ...saved, name: 'WP', url: 'https://baobaclieu.vn/', username: 'bientap2', enabled: false });
  expect(readFileSync(join(room.dataDir, 'settings.json'), 'utf8')).not.toContain(wordpress.secret);
});
