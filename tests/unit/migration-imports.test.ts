import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

// #16 item 4: a released migration must never change, so it may not lean on live code. Every file
// in db/migrations, and everything those files import, must stay inside its db folder: the
// laptop's src/main/core/db and the server's src/server/db. The one thing from outside allowed is
// a type-only import (the driver's `Database` type, the migration interface): it is erased when
// compiled, so it cannot change what a migration does.
const DB_DIRS = {
  laptop: resolve(import.meta.dirname, '../../src/main/core/db'),
  server: resolve(import.meta.dirname, '../../src/server/db'),
};
const DB_DIR = DB_DIRS.laptop;
const MIGRATIONS_DIR = join(DB_DIR, 'migrations');

interface ModuleReference {
  specifier: string;
  /** `import type …` / `export type …`: erased when compiled. */
  typeOnly: boolean;
}

const isTypeOnly = (node: ts.ImportDeclaration | ts.ExportDeclaration): boolean =>
  ts.isImportDeclaration(node) ? node.importClause?.isTypeOnly === true : node.isTypeOnly;

/** Every module a source file names: imports, re-exports, `import x = require()`, `import()` and `require()`. */
function referencesOf(fileName: string, text: string): ModuleReference[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found: ModuleReference[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: isTypeOnly(node) });
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference) && ts.isStringLiteral(node.moduleReference.expression)) {
      found.push({ specifier: node.moduleReference.expression.text, typeOnly: node.isTypeOnly });
    } else if (ts.isCallExpression(node)) {
      const [first] = node.arguments;
      const named = node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require');
      if (named && first && ts.isStringLiteralLike(first)) found.push({ specifier: first.text, typeOnly: false });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The file a relative specifier names (extensionless, as the bundler resolves it), or null for a package. */
function resolveSpecifier(fromFile: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(fromFile), specifier);
  return [base, `${base}.ts`, join(base, 'index.ts')].find((candidate) => existsSync(candidate) && candidate.endsWith('.ts')) ?? base;
}

const inside = (dir: string, file: string): boolean => !relative(dir, file).startsWith('..');
const insideDb = (file: string): boolean => inside(DB_DIR, file);

/** Follows imports from `start` and returns every step that leaves `dbDir` (a package counts as leaving). */
function importsLeavingDb(start: string, dbDir = DB_DIR): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const queue: string[][] = [[start]];
  while (queue.length > 0) {
    const chain = queue.shift()!;
    const file = chain.at(-1)!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const { specifier, typeOnly } of referencesOf(file, readFileSync(file, 'utf8'))) {
      if (typeOnly) continue;
      const target = resolveSpecifier(file, specifier);
      const route = [...chain, target ?? specifier].map((step) => (step.startsWith('/') ? relative(dbDir, step) : step)).join(' → ');
      if (target === null || !inside(dbDir, target)) problems.push(route);
      else queue.push([...chain, target]);
    }
  }
  return problems;
}

const migrationFiles = (dbDir: string) =>
  readdirSync(join(dbDir, 'migrations')).filter((name) => name.endsWith('.ts')).map((name) => join(dbDir, 'migrations', name));

describe('the server\'s migrations import nothing from outside src/server/db', () => {
  const files = migrationFiles(DB_DIRS.server);
  test('the folder holds the numbered migrations and their list', () => {
    expect(files.map((file) => relative(join(DB_DIRS.server, 'migrations'), file))).toEqual(expect.arrayContaining(['index.ts', '001-foundation.ts']));
  });
  test.each(files.map((file) => [relative(DB_DIRS.server, file), file]))('%s and what it imports stay inside src/server/db', (_name, file) => {
    expect(importsLeavingDb(file, DB_DIRS.server)).toEqual([]);
  });
});

describe('migrations import nothing from outside db/', () => {
  const files = migrationFiles(DB_DIR);

  test('the folder holds the numbered migrations and their list', () => {
    expect(files.map((file) => relative(MIGRATIONS_DIR, file))).toEqual(expect.arrayContaining(['index.ts', '006-search.ts', '009-throttle-pruning.ts']));
  });

  test.each(files.map((file) => [relative(DB_DIR, file), file]))('%s and what it imports stay inside db/', (_name, file) => {
    expect(importsLeavingDb(file)).toEqual([]);
  });

  test('the check sees every way of naming a module', () => {
    const text = `
      import type { Database } from 'better-sqlite3';
      import { COLUMN_WEIGHTS } from '../../search/search-document';
      export { x } from './y';
      const lazy = () => import('../../search/search-index');
      const old = require('node:fs');
    `;
    expect(referencesOf('sample.ts', text)).toEqual([
      { specifier: 'better-sqlite3', typeOnly: true },
      { specifier: '../../search/search-document', typeOnly: false },
      { specifier: './y', typeOnly: false },
      { specifier: '../../search/search-index', typeOnly: false },
      { specifier: 'node:fs', typeOnly: false },
    ]);
    expect(insideDb(resolveSpecifier(join(MIGRATIONS_DIR, '006-search.ts'), '../../search/search-document')!)).toBe(false);
    expect(insideDb(resolveSpecifier(join(MIGRATIONS_DIR, '006-search.ts'), '../migration')!)).toBe(true);
  });
});
