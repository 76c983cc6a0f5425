import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const noElectron = {
  paths: [{ name: 'electron', message: 'Only the Electron adapters in src/main (and the preload) may import electron.' }],
};

export default tseslint.config(
  { ignores: ['out/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  {
    // No import loops in src/: a loop means two files that are really one, or a piece that belongs
    // in a third file both import. `.ts` first so extensionless imports resolve to the sources.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    // Benchmarks exist to print their results.
    files: ['bench/**'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // Code that must run without Electron: the core (tests, benchmarks, CLI), shared, the renderer.
    files: ['src/main/core/**', 'src/shared/**', 'src/renderer/**', 'tests/**', 'bench/**', 'src/main/renderer-assets.ts', 'src/main/request-policy.ts'],
    rules: { 'no-restricted-imports': ['error', noElectron] },
  },
  {
    // The core is the newsroom's rules; the IPC contract is one way in (the router). The core keeps
    // its own records in src/shared/domain so the newsroom server can stand on it without the IPC layer.
    files: ['src/main/core/**'],
    ignores: ['src/main/core/router/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...noElectron,
          patterns: [{ group: ['**/shared/contract/*', '**/shared/contract/**'], message: 'Only core/router/ speaks the IPC contract; use src/shared/domain.' }],
        },
      ],
    },
  },
  {
    files: ['src/shared/**', 'src/renderer/**'],
    // src/shared/node: shared by the laptop's core and the newsroom server, both Node.
    ignores: ['src/shared/node/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...noElectron,
          patterns: [{ group: ['node:*', 'better-sqlite3', 'electron-store', 'conf'], message: 'shared and renderer code runs in the browser too.' }],
        },
      ],
    },
  },
);
