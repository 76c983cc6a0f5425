import js from '@eslint/js';
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
