import { rmSync } from 'node:fs';
import Conf from 'conf';
import { afterEach, expect, test } from 'vitest';
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
  expect(await room.call('settings.setLanguage', { language: 'en' })).toEqual({ ok: true, value: { language: 'en' } });
  const restarted = room.reopen();
  expect(await restarted.call('settings.get', {})).toEqual({ ok: true, value: { language: 'en' } });
  restarted.newsroom.close();
});

test('a hand-edited settings file with bad values falls back to defaults instead of crashing', () => {
  const dir = tempDir();
  const raw = new Conf<Record<string, unknown>>({ cwd: dir, configName: 'settings', projectName: 'newsdesk' });
  raw.set('language', 'klingon');
  raw.set('windowBounds', { x: 'left', y: 0 });
  const settings = confSettings(dir);
  expect(settings.get('language')).toBe('vi');
  expect(settings.get('windowBounds')).toBeNull();
});

test('window bounds are remembered', () => {
  const dir = tempDir();
  confSettings(dir).set('windowBounds', { x: 10, y: 20, width: 1200, height: 800, maximized: false });
  expect(confSettings(dir).get('windowBounds')).toEqual({ x: 10, y: 20, width: 1200, height: 800, maximized: false });
});
