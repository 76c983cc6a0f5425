import { afterEach, expect, test } from 'vitest';
import { startReceiver, type Receiver } from '../helpers/http-receiver';
import { launchApp, type LaunchedApp } from './harness';

let app: LaunchedApp | undefined;
let receiver: Receiver | undefined;
afterEach(async () => {
  await app?.close();
  await receiver?.close();
  app = undefined;
  receiver = undefined;
});

test('the admin adds a ninjs destination, checks its connection, and its secret never comes back to the page', async () => {
  const secret = 'khóa bí mật dùng chung với cổng tin';
  receiver = await startReceiver(secret);
  app = await launchApp();
  const { page } = app;

  await page.getByRole('button', { name: 'Cài đặt' }).click();
  const form = page.getByRole('form', { name: 'Thêm nơi xuất bản' });
  await form.getByLabel('Tên nơi nhận').fill('Cổng ninjs');
  await form.getByLabel('Địa chỉ (https://)').fill(receiver.url);
  await form.getByLabel('Khóa bí mật').fill(secret);
  await form.getByRole('button', { name: 'Thêm nơi xuất bản' }).click();

  const item = page.getByRole('listitem').filter({ hasText: 'Cổng ninjs' });
  await expect.poll(() => item.count()).toBe(1);
  await item.getByRole('button', { name: 'Kiểm tra kết nối' }).click();
  await expect.poll(() => item.getByRole('status').textContent()).toBe('Kết nối được; chữ ký hợp lệ.');
  expect(receiver.requests.at(-1)).toMatchObject({ action: 'ping', signatureValid: true });

  expect(await page.content()).not.toContain(secret);
  const listed = await page.evaluate(() => window.newsdesk.destinations.list({}));
  expect(JSON.stringify(listed)).not.toContain(secret);
});
