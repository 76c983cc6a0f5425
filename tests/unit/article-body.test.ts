import { expect, test } from 'vitest';
import { ArticleBodySchema, bodyFromPlainText, plainTextFromBody } from '../../src/shared/domain/article-body';

test.each(['', 'Một đoạn.', 'Đoạn một.\nĐoạn hai.', 'Trước\n\nSau một dòng trống\n'])(
  'plain text %j round-trips through the stored body',
  (text) => {
    expect(plainTextFromBody(bodyFromPlainText(text))).toBe(text);
  },
);

test('the plain body is a valid Lexical-shaped body', () => {
  const body = bodyFromPlainText('Tham dự hội nghị');
  expect(ArticleBodySchema.parse(body)).toEqual(body);
  expect(body.root.children[0]).toMatchObject({ type: 'paragraph', children: [{ type: 'text', text: 'Tham dự hội nghị' }] });
});

test('the schema normalizes every string in the body to NFC', () => {
  const parsed = ArticleBodySchema.parse(bodyFromPlainText('Đồng Tháp'.normalize('NFD')));
  expect(plainTextFromBody(parsed)).toBe('Đồng Tháp'.normalize('NFC'));
});
