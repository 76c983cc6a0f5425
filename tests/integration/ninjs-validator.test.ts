import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AnySchema } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { createNinjsValidator } from '../../src/main/core/publishing/ninjs/ninjs-validator';

/** IPTC's official ninjs material, shipped beside the project in ../shared. */
const STANDARDS = resolve(import.meta.dirname, '../../../shared/standards/ninjs');
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const filesIn = (folder: string) => readdirSync(join(STANDARDS, folder)).filter((name) => name.endsWith('.json'));

const validators = {
  '2.1': createNinjsValidator(readJson(join(STANDARDS, 'ninjs-schema_2.1.json')) as AnySchema),
  '2.2': createNinjsValidator(),
};

describe.each(['2.1', '2.2'] as const)('the official ninjs %s test suite', (version) => {
  const validate = validators[version];
  test.each(filesIn(`test_suite/${version}/should_pass`))('%s passes', (name) => {
    const result = validate(readJson(join(STANDARDS, `test_suite/${version}/should_pass`, name)));
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });
  test.each(filesIn(`test_suite/${version}/should_fail`))('%s fails', (name) => {
    const result = validate(readJson(join(STANDARDS, `test_suite/${version}/should_fail`, name)));
    expect(result.valid).toBe(false);
    expect(result.errors.length).toBeGreaterThan(0);
  });
});

test('the schema bundled with the app is the official 2.2 schema', () => {
  const bundled = readJson(resolve(import.meta.dirname, '../../src/main/core/publishing/ninjs/schemas/ninjs-schema_2.2.json'));
  expect(bundled).toEqual(readJson(join(STANDARDS, 'ninjs-schema_2.2.json')));
});

test('IPTC’s own examples validate against 2.2', () => {
  for (const name of ['003_associations_example.json', '004_simple_text_article.json', '005_complex_text_article.json']) {
    expect(validators['2.2'](readJson(join(STANDARDS, name))).errors).toEqual([]);
  }
});
