import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, matchesGlob, relative } from 'node:path';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
// electron-builder's own loader and schema check, the ones `npm run dist` runs first.
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { DebugLogger } from 'builder-util';
import type { AfterPackContext, Configuration } from 'electron-builder';
import sharp from 'sharp';
import { afterAll, describe, expect, test } from 'vitest';
import { FUSES, flipPackagedFuses, packagedExecutable } from '../../packaging/fuses';

const projectDir = join(import.meta.dirname, '../..');
const config: Configuration = await getConfig(projectDir, null, null);
const validate = (candidate: Configuration) => validateConfiguration(candidate, new DebugLogger(false));
// The first check compiles electron-builder's large JSON schema (seconds on a busy machine), so it
// runs while the file loads, like the config itself; later checks reuse the compiled validator.
const validation = await validate(config).then(
  () => 'valid',
  (error: unknown) => error,
);

/** The files patterns as electron-builder normalized them ({ filter }): a leading "!" excludes. */
const packaged = (file: string): boolean => {
  const patterns = (config.files as { filter: string[] }[]).flatMap((set) => set.filter);
  let included = false;
  for (const pattern of patterns) {
    if (pattern.startsWith('!')) {
      if (matchesGlob(file, pattern.slice(1))) included = false;
    } else if (matchesGlob(file, pattern)) {
      included = true;
    }
  }
  return included;
};

const filesUnder = (folder: string): string[] =>
  readdirSync(join(projectDir, folder), { recursive: true, encoding: 'utf8' })
    .map((name) => join(folder, name))
    .filter((path) => statSync(join(projectDir, path)).isFile());

describe('electron-builder configuration (electron-builder.ts)', () => {
  test('electron-builder finds it and it passes electron-builder’s own schema', async () => {
    expect(config.appId).toBe('org.newsdesk.desktop');
    expect(validation).toBe('valid');
  });

  test('the schema check is live: an unknown option is refused', async () => {
    await expect(validate({ ...config, linux: { ...config.linux, targte: 'AppImage' } as Configuration['linux'] })).rejects.toThrow(
      /does not match the API schema/,
    );
  });

  test('targets: AppImage and deb, NSIS, dmg and zip', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.mac?.target).toEqual(['dmg', 'zip']);
  });

  test('the app files are the build output and package.json, never the sources or the tests', () => {
    for (const file of ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html', 'out/renderer/assets/index-abc.js', 'package.json']) {
      expect(packaged(file), file).toBe(true);
    }
    const sources = [...filesUnder('src'), ...filesUnder('tests'), ...filesUnder('bench').filter((file) => !file.includes('.data'))];
    expect(sources.length).toBeGreaterThan(100);
    expect(sources.filter(packaged)).toEqual([]);
    expect(packaged('out/main/index.js.map')).toBe(false);
  });

  test('every native binary of better-sqlite3, sharp and @node-rs/argon2 is unpacked from the asar', () => {
    const natives = ['node_modules/better-sqlite3', 'node_modules/sharp', 'node_modules/@img', 'node_modules/@node-rs']
      .flatMap(filesUnder)
      .filter((file) => /\.node$|\.so(\.\d+)*$|\.dylib$|\.dll$/.test(file));
    expect(natives.length).toBeGreaterThanOrEqual(3);
    const unpack = config.asarUnpack as string[];
    for (const file of natives) expect(unpack.some((pattern) => matchesGlob(file, pattern)), file).toBe(true);
    expect(config.asar).toBe(true);
  });

  test('every platform’s icon is resources/icon.png, a real 1024 × 1024 PNG', async () => {
    for (const platform of [config.linux, config.win, config.mac]) expect(platform?.icon).toBe('resources/icon.png');
    const { format, width, height } = await sharp(join(projectDir, 'resources/icon.png')).metadata();
    expect({ format, width, height }).toEqual({ format: 'png', width: 1024, height: 1024 });
  });

  test('auto-update is off (no feed) until NEWSDESK_UPDATE_URL names one', () => {
    expect(process.env['NEWSDESK_UPDATE_URL']).toBeUndefined();
    expect(config.publish).toBeNull();
  });

  test('the fuses are flipped by the afterPack hook', () => {
    // electron-builder loads the config through its own TypeScript loader: the same function,
    // another module instance.
    expect(typeof config.afterPack === 'function' && config.afterPack.name).toBe(flipPackagedFuses.name);
  });
});

describe('Electron fuses (packaging/fuses.ts)', () => {
  const folders: string[] = [];
  afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

  test('are the ones the security issue names', () => {
    expect(FUSES).toMatchObject({
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
    });
  });

  test('the hook finds each platform’s executable', () => {
    const packager = { appInfo: { productFilename: 'Newsdesk' }, executableName: 'newsdesk' } as unknown as AfterPackContext['packager'];
    const at = (electronPlatformName: string) => relative('/o', packagedExecutable({ appOutDir: '/o', electronPlatformName, packager }));
    expect([at('linux'), at('win32'), at('darwin')]).toEqual(['newsdesk', 'Newsdesk.exe', 'Newsdesk.app']);
  });

  test('the hook flips the fuse wire of a packed executable', async () => {
    // Electron's binary cannot be downloaded here, so the executable is a file holding the same
    // fuse wire Electron 45 ships (sentinel, version 1, nine fuses, their default states).
    const appOutDir = mkdtempSync(join(tmpdir(), 'newsdesk-fuses-'));
    folders.push(appOutDir);
    const shipped = '101100011';
    writeFileSync(
      join(appOutDir, 'newsdesk'),
      Buffer.concat([Buffer.alloc(4096, 0x7f), Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'), Buffer.from([1, 9]), Buffer.from(shipped), Buffer.alloc(4096)]),
    );
    const packager = { appInfo: { productFilename: 'Newsdesk' }, executableName: 'newsdesk' } as unknown as AfterPackContext['packager'];
    await flipPackagedFuses({ appOutDir, electronPlatformName: 'linux', packager } as AfterPackContext);

    const wire = await getCurrentFuseWire(join(appOutDir, 'newsdesk'));
    const on = (fuse: FuseV1Options) => wire[fuse] === FuseState.ENABLE;
    expect(on(FuseV1Options.RunAsNode)).toBe(false);
    expect(on(FuseV1Options.EnableNodeOptionsEnvironmentVariable)).toBe(false);
    expect(on(FuseV1Options.EnableNodeCliInspectArguments)).toBe(false);
    expect(on(FuseV1Options.EnableEmbeddedAsarIntegrityValidation)).toBe(true);
    expect(on(FuseV1Options.OnlyLoadAppFromAsar)).toBe(true);
    expect(readFileSync(join(appOutDir, 'newsdesk')).length).toBe(4096 + 32 + 2 + 9 + 4096);
  });
});
