import type { Configuration } from 'electron-builder';
import { flipPackagedFuses } from './packaging/fuses';

/**
 * Native modules load their .node binaries (and sharp its libvips) from real files, which
 * cannot be dlopen()ed from inside app.asar.
 */
export const UNPACKED_NATIVE_MODULES = [
  'node_modules/better-sqlite3/**',
  'node_modules/sharp/**',
  'node_modules/@img/**',
  'node_modules/@node-rs/**',
];

/**
 * Auto-update stays off until a feed is named at build time: without NEWSDESK_UPDATE_URL no
 * app-update.yml is written into the package, and the app then never checks (src/main/auto-update.ts).
 */
const updateFeed = process.env['NEWSDESK_UPDATE_URL'];

const config: Configuration = {
  appId: 'org.newsdesk.desktop',
  productName: 'Newsdesk',
  copyright: 'Copyright © Newsdesk maintainers',
  directories: { output: 'dist', buildResources: 'resources' },
  // Only what the built app runs: electron-vite's output and package.json (for "main").
  // electron-builder adds the production node_modules itself.
  files: ['out/**/*', 'package.json', '!**/*.map'],
  // The sample newsroom first-run setup offers (its manifest and photos), read by the core from
  // <resources>/sample, outside app.asar.
  extraResources: [{ from: 'resources/sample', to: 'sample' }],
  asar: true,
  asarUnpack: UNPACKED_NATIVE_MODULES,
  // better-sqlite3 13, sharp and @node-rs/argon2 are Node-API modules: the prebuilt binaries npm
  // installed load in Electron as they are, so nothing is compiled against Electron's headers.
  npmRebuild: false,
  afterPack: flipPackagedFuses,
  publish: updateFeed ? [{ provider: 'generic', url: updateFeed }] : null,
  linux: {
    target: ['AppImage', 'deb'],
    icon: 'resources/icon.png',
    category: 'Office',
    executableName: 'newsdesk',
    maintainer: 'Newsdesk maintainers <maintainers@users.noreply.r-seed-15f07415.example>',
    synopsis: 'Newsroom editor',
  },
  deb: { depends: ['libnss3', 'libsecret-1-0'] },
  win: {
    target: ['nsis'],
    icon: 'resources/icon.png',
  },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
  },
  mac: {
    target: ['dmg', 'zip'],
    icon: 'resources/icon.png',
    category: 'public.app-category.productivity',
    hardenedRuntime: true,
  },
};

export default config;
