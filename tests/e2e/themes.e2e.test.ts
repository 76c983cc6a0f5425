import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { signOut } from './harness';
import { appsPerTest } from './setup';
import { PAGE_BACKGROUND, rootLook } from './theme-look';

const apps = appsPerTest();

const themeChoice = (page: Page) => page.getByLabel(/^(Giao diện|Theme)/);
const openSettings = (page: Page) => page.getByRole('navigation').getByRole('button', { name: /^Cài đặt/ }).click();

test('the theme follows the OS while nothing is chosen, and switches with it at once', async () => {
  const { page } = await apps.launch();
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => rootLook(page)).toEqual({ colorScheme: 'light dark', background: PAGE_BACKGROUND.dark });
  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(() => rootLook(page)).toEqual({ colorScheme: 'light dark', background: PAGE_BACKGROUND.light });

  await openSettings(page);
  expect(await themeChoice(page).inputValue()).toBe('system');
  expect(await themeChoice(page).locator('option').allTextContents()).toEqual(['Theo hệ thống', 'Sáng', 'Tối']);
});

test('Sáng / Tối pin the theme against the OS, without a restart, and the choice stays after one, on the sign-in screen too', async () => {
  const app = await apps.launch();
  const { page } = app;
  await page.emulateMedia({ colorScheme: 'dark' });
  await openSettings(page);

  await themeChoice(page).selectOption({ label: 'Sáng' });
  await expect.poll(() => rootLook(page)).toEqual({ colorScheme: 'light', background: PAGE_BACKGROUND.light });
  expect(app.core.settings.get('theme')).toBe('light');

  await page.emulateMedia({ colorScheme: 'light' });
  await themeChoice(page).selectOption({ label: 'Tối' });
  await expect.poll(() => rootLook(page)).toEqual({ colorScheme: 'dark', background: PAGE_BACKGROUND.dark });

  await app.reload();
  await expect.poll(() => page.getByRole('navigation').count()).toBe(1);
  expect(await rootLook(page)).toEqual({ colorScheme: 'dark', background: PAGE_BACKGROUND.dark });
  await signOut(page);
  expect(await rootLook(page)).toEqual({ colorScheme: 'dark', background: PAGE_BACKGROUND.dark });
});

test('back to Theo hệ thống, the OS decides again', async () => {
  const app = await apps.launch();
  const { page } = app;
  await page.emulateMedia({ colorScheme: 'dark' });
  await openSettings(page);
  await themeChoice(page).selectOption({ label: 'Sáng' });
  await expect.poll(() => rootLook(page)).toMatchObject({ background: PAGE_BACKGROUND.light });
  await themeChoice(page).selectOption({ label: 'Theo hệ thống' });
  await expect.poll(() => rootLook(page)).toEqual({ colorScheme: 'light dark', background: PAGE_BACKGROUND.dark });
  expect(app.core.settings.get('theme')).toBe('system');
});
