import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import en from '../../src/renderer/locales/en.json';
import vi from '../../src/renderer/locales/vi.json';

/**
 * The renderer's sources read with TypeScript's own parser: every translation key the code names
 * must be in both locale files, and no user-visible text may be written into the JSX itself.
 */
const rendererDir = join(import.meta.dirname, '../../src/renderer');
const sources = readdirSync(rendererDir, { recursive: true, encoding: 'utf8' })
  .filter((name) => /\.tsx?$/.test(name) && !name.endsWith('.d.ts'))
  .map((name) => {
    const path = join(rendererDir, name);
    return ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true, name.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  });

const where = (node: ts.Node) => {
  const file = node.getSourceFile();
  return `${relative(rendererDir, file.fileName)}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
};

function visit(node: ts.Node, onNode: (node: ts.Node) => void): void {
  onNode(node);
  node.forEachChild((child) => visit(child, onNode));
}

/** `t('a.b')`, `i18next.t('a.b')`, `<Trans i18nKey="a.b">`: the key, or a template's fixed head. */
interface KeyUse {
  key: string;
  /** A template key (`status.${status}`): only its head is known, which must be a group. */
  prefix: boolean;
  at: string;
}

function keyUses(): KeyUse[] {
  const uses: KeyUse[] = [];
  for (const file of sources) {
    visit(file, (node) => {
      if (ts.isCallExpression(node)) {
        const callee = node.expression;
        const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
        const [first] = node.arguments;
        if (name !== 't' || !first) return;
        if (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first)) uses.push({ key: first.text, prefix: false, at: where(node) });
        else if (ts.isTemplateExpression(first)) uses.push({ key: first.head.text.replace(/\.$/, ''), prefix: true, at: where(node) });
      }
      if (ts.isJsxAttribute(node) && node.name.getText() === 'i18nKey' && node.initializer && ts.isStringLiteral(node.initializer)) {
        uses.push({ key: node.initializer.text, prefix: false, at: where(node) });
      }
    });
  }
  return uses;
}

const lookup = (messages: unknown, key: string): unknown =>
  key.split('.').reduce<unknown>((at, part) => (at !== null && typeof at === 'object' ? (at as Record<string, unknown>)[part] : undefined), messages);

/** i18next picks `key_one`, `key_other` … for a count; any plural form present counts as the key. */
const present = (messages: unknown, key: string, prefix: boolean): boolean => {
  const value = lookup(messages, key);
  if (prefix) return value !== null && typeof value === 'object';
  if (typeof value === 'string') return true;
  const dot = key.lastIndexOf('.');
  const group = dot < 0 ? messages : lookup(messages, key.slice(0, dot));
  const leaf = key.slice(dot + 1);
  return group !== null && typeof group === 'object' && Object.keys(group).some((name) => name.startsWith(`${leaf}_`));
};

/** Attributes a person reads or hears (a screen reader speaks aria-label and title). */
const READ_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'title', 'placeholder', 'alt', 'label']);
const hasWords = (text: string) => /\p{L}{2,}/u.test(text);

function hardCodedTexts(): string[] {
  const found: string[] = [];
  for (const file of sources) {
    visit(file, (node) => {
      if (ts.isJsxText(node) && hasWords(node.text)) found.push(`${where(node)} text "${node.text.trim()}"`);
      if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText()) && node.initializer) {
        const value = node.initializer;
        const literal = ts.isStringLiteral(value)
          ? value.text
          : ts.isJsxExpression(value) && value.expression && ts.isStringLiteralLike(value.expression)
            ? value.expression.text
            : null;
        if (literal !== null && hasWords(literal)) found.push(`${where(node)} ${node.name.getText()}="${literal}"`);
      }
    });
  }
  return found;
}

describe('the renderer’s translations', () => {
  const uses = keyUses();

  test('the code is read (the parser sees the keys in use)', () => {
    expect(uses.length).toBeGreaterThan(200);
    expect(uses.some((use) => use.prefix)).toBe(true);
  });

  test.each([
    ['vi', vi],
    ['en', en],
  ])('every key the code names is in %s.json', (_language, messages) => {
    expect(uses.filter((use) => !present(messages, use.key, use.prefix)).map((use) => `${use.at} ${use.key}`)).toEqual([]);
  });

  test('no user-visible text is written into the JSX (it belongs in the locale files)', () => {
    expect(hardCodedTexts()).toEqual([]);
  });
});
