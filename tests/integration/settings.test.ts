import { rmSync } from 'node:fs';
import Conf from 'conf';
import { afterEach, expect, test } from 'vitest';
import { watchSetting } from '../../src/main/core/settings/settings-store';
import { confSettings, makeTempDir, openTempNewsroom } from '../helpers/temp-newsroom';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const tempDir = () => {
  const dir = makeTempDir();
  dirs.push(dir);
  return dir;
};

test('Vietnamese is the default language', () => {
  expect(confSettings(tempDir()).get('language')).toBe('vi');
});

test('the language survives a restart', async () => {
  const room = openTempNewsroom({ dataDir: tempDir() });
  expect(await room.call('settings.setLanguage', { language: 'en' })).toEqual({ ok: true, value: { language: 'en', theme: 'system' } });
  const restarted = room.reopen();
  expect(await restarted.call('settings.get', {})).toEqual({ ok: true, value: { language: 'en', theme: 'system' } });
  restarted.newsroom.close();
});

test('the theme follows the system until one is chosen, and the choice survives a restart', async () => {
  const room = openTempNewsroom({ dataDir: tempDir() });
  expect(await room.call('settings.get', {})).toEqual({ ok: true, value: { language: 'vi', theme: 'system' } });
  expect(await room.call('settings.setTheme', { theme: 'dark' })).toEqual({ ok: true, value: { language: 'vi', theme: 'dark' } });
  const restarted = room.reopen();
  expect(await restarted.call('settings.get', {})).toEqual({ ok: true, value: { language: 'vi', theme: 'dark' } });
  expect(await restarted.call('settings.setTheme', { theme: 'sepia' })).toMatchObject({ ok: false, error: { code: 'validation' } });
  expect(await restarted.call('settings.get', {})).toMatchObject({ ok: true, value: { theme: 'dark' } });
  restarted.newsroom.close();
});

test('a hand-edited settings file with bad values falls back to defaults instead of crashing', () => {
  const dir = tempDir();
  const raw = new Conf<Record<string, unknown>>({ cwd: dir, configName: 'settings', projectName: 'newsdesk' });
  raw.set('language', 'klingon');
  raw.set('windowBounds', { x: 'left', y: 0 });
  raw.set('theme', 'purple');
  const settings = confSettings(dir);
  expect(settings.get('language')).toBe('vi');
  expect(settings.get('theme')).toBe('system');
  expect(settings.get('windowBounds')).toBeNull();
});

test('window bounds are remembered', () => {
  const dir = tempDir();
  confSettings(dir).set('windowBounds', { x: 10, y: 20, width: 1200, height: 800, maximized: false });
  expect(confSettings(dir).get('windowBounds')).toEqual({ x: 10, y: 20, width: 1200, height: 800, maximized: false });
});

test('a watched setting tells its listener the stored value, and only for its own key', () => {
  const themes: string[] = [];
  const settings = watchSetting(confSettings(tempDir()), 'theme', (theme) => themes.push(theme));
  settings.set('language', 'en');
  settings.set('theme', 'dark');
  settings.set('theme', 'system');
  expect(themes).toEqual(['dark', 'system']);
  expect(settings.get('language')).toBe('en');
});
