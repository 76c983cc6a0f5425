import { describe, expect, test } from 'vitest';
import type { ArticleBody } from '../../src/shared/domain/article-body';
import { publishedPhotoPath, renderArticle, type RenderableArticle } from '../../src/shared/render/render-article';
import { renderBody } from '../../src/shared/render/render-body';

const text = (value: string, format = 0) => ({ type: 'text', text: value, format, version: 1, style: '', mode: 'normal', detail: 0 });
const block = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({ type, version: 1, children, ...extra });
const body = (...children: Record<string, unknown>[]): ArticleBody =>
  ({ root: { type: 'root', children } }) as unknown as ArticleBody;
const photo = (extra: Record<string, unknown> = {}) => ({
  type: 'photo', version: 1, mediaId: 'a'.repeat(64), caption: 'Hội nghị.', credit: 'Đ.K.C', altText: 'Toàn cảnh', width: 800, height: 600, ...extra,
});
const noPhotos = () => null;
const blobPhotos = (id: string) => `blob:http://127.0.0.1/${id.slice(0, 4)}`;

describe('renderBody: every node type', () => {
  test.each([
    ['paragraph', block('paragraph', [text('Đoạn')]), '<p>Đoạn</p>'],
    ['aligned paragraph', block('paragraph', [text('Giữa')], { format: 'center' }), '<p style="text-align:center">Giữa</p>'],
    ['heading', block('heading', [text('Tiêu đề phụ')], { tag: 'h2' }), '<h2>Tiêu đề phụ</h2>'],
    ['heading with a bad tag', block('heading', [text('x')], { tag: 'script' }), '<h2>x</h2>'],
    ['quote', block('quote', [text('Trích')]), '<blockquote>Trích</blockquote>'],
    ['bold, italic, underline, strikethrough', block('paragraph', [text('a', 1), text('b', 2), text('c', 8), text('d', 4), text('e', 11)]),
      '<p><strong>a</strong><em>b</em><u>c</u><s>d</s><strong><em><u>e</u></em></strong></p>'],
    ['bulleted list', block('list', [block('listitem', [text('một')]), block('listitem', [text('hai')])], { listType: 'bullet' }), '<ul><li>một</li><li>hai</li></ul>'],
    ['ordered list from 3', block('list', [block('listitem', [text('ba')])], { listType: 'number', start: 3 }), '<ol start="3"><li>ba</li></ol>'],
    ['line break and tab', block('paragraph', [text('a'), { type: 'linebreak' }, { type: 'tab', text: '\t' }, text('b')]), '<p>a<br>\tb</p>'],
    ['https link', block('paragraph', [block('link', [text('báo')], { url: 'https://baobaclieu.vn/a?b=1&c=2' })]),
      '<p><a href="https://baobaclieu.vn/a?b=1&amp;c=2" rel="noopener noreferrer">báo</a></p>'],
    ['autolink', block('paragraph', [block('autolink', [text('baobaclieu.vn')], { url: 'https://baobaclieu.vn' })]),
      '<p><a href="https://baobaclieu.vn" rel="noopener noreferrer">baobaclieu.vn</a></p>'],
    ['mailto link', block('paragraph', [block('link', [text('thư')], { url: 'mailto:toasoan@example.vn' })]),
      '<p><a href="mailto:toasoan@example.vn" rel="noopener noreferrer">thư</a></p>'],
  ])('%s', (_name, node, html) => {
    expect(renderBody(body(node as Record<string, unknown>), noPhotos)).toBe(html);
  });

  test('photo: figure with image, caption and credit', () => {
    expect(renderBody(body(photo()), blobPhotos)).toBe(
      '<figure class="photo"><img src="blob:http://127.0.0.1/aaaa" alt="Toàn cảnh" width="800" height="600">' +
        '<figcaption><span class="photo-caption">Hội nghị.</span> <span class="photo-credit">Ảnh: Đ.K.C</span></figcaption></figure>',
    );
  });
});

describe('renderBody: whitelist and escaping', () => {
  test('text is escaped everywhere', () => {
    const hostile = '<script>alert("x")</script> & \'';
    const html = renderBody(body(block('paragraph', [text(hostile)]), photo({ caption: hostile, credit: hostile, altText: hostile })), blobPhotos);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;');
    expect(html.match(/&lt;script&gt;/g)).toHaveLength(4);
  });

  test('unknown node types render nothing, not even their text', () => {
    expect(renderBody(body(block('iframe', [text('x')]), block('html', [], { html: '<b>x</b>' }), block('paragraph', [text('ok')])), noPhotos)).toBe('<p>ok</p>');
  });

  test('links with other protocols keep their text and lose the link', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<b>', 'file:///etc/passwd', 'not a url']) {
      expect(renderBody(body(block('paragraph', [block('link', [text('bấm')], { url })])), noPhotos)).toBe('<p>bấm</p>');
    }
  });

  test('attributes not on the whitelist never appear', () => {
    const node = block('paragraph', [{ ...text('a'), style: 'color:red', onclick: 'x()' }], { format: 'expression(x)', className: 'evil', onmouseover: 'y()' });
    expect(renderBody(body(node), noPhotos)).toBe('<p>a</p>');
    const html = renderBody(body(photo({ width: '100" onerror="x', height: -1 })), () => 'javascript:alert(1)');
    expect(html).toBe('<figure class="photo"><figcaption><span class="photo-caption">Hội nghị.</span> <span class="photo-credit">Ảnh: Đ.K.C</span></figcaption></figure>');
  });
});

describe('renderArticle', () => {
  const article: RenderableArticle = {
    category: 'Tin tức',
    headline: 'Bạc Liêu: mùa muối',
    sapo: 'Chiều 28/6 <b>',
    body: body(block('paragraph', [text('Đoạn.')])),
    bylineLabel: 'Tin, ảnh',
    authors: [{ name: 'Đ.K.C', roles: ['writer', 'photographer'] }],
  };
  const options = { publishedAt: '2024-06-29T09:49:00.000Z', photoSource: noPhotos };

  test('category, headline, Vietnamese time, bold sapo, body and a right-aligned bold byline, in order', () => {
    expect(renderArticle(article, options)).toBe(
      '<article class="article"><p class="article-category">Tin tức</p><h1 class="article-headline">Bạc Liêu: mùa muối</h1>' +
        '<p class="article-time">Thứ Bảy, 29/06/2024 | 16:49</p><p class="article-sapo"><strong>Chiều 28/6 &lt;b&gt;</strong></p>' +
        '<div class="article-body"><p>Đoạn.</p></div><p class="article-byline" style="text-align:right"><strong>Tin, ảnh: Đ.K.C</strong></p></article>',
    );
  });

  test('identical input gives identical output', () => {
    const copy = JSON.parse(JSON.stringify(article)) as RenderableArticle;
    expect(renderArticle(copy, options)).toBe(renderArticle(article, options));
  });

  test('a correction notice comes first, under the time, one escaped paragraph per line', () => {
    const html = renderArticle(article, { ...options, correctionNotice: 'Thông tin cải chính, xin lỗi\nBài <script>x</script> sai.' });
    expect(html).toContain(
      '<p class="article-time">Thứ Bảy, 29/06/2024 | 16:49</p><aside class="article-correction"><p>Thông tin cải chính, xin lỗi</p>' +
        '<p>Bài &lt;script&gt;x&lt;/script&gt; sai.</p></aside><p class="article-sapo">',
    );
  });

  test('published pages point photos at their web renditions, and only at real media ids', () => {
    const path = publishedPhotoPath('a'.repeat(64), { caption: 'C', credit: '' });
    expect(path).toMatch(new RegExp(`^\\.\\./media/${'a'.repeat(64)}-[0-9a-f]{16}\\.jpg$`));
    expect(publishedPhotoPath('../../etc/passwd', { caption: 'C', credit: '' })).toBeNull();
    const photo = { type: 'photo', version: 1, mediaId: 'a'.repeat(64), caption: 'C', credit: '', altText: '', width: 10, height: 10 };
    const withPhoto = { ...article, body: body(photo) };
    expect(renderArticle(withPhoto, { ...options, photoSource: publishedPhotoPath })).toContain(`<img src="${path}"`);
    expect(renderArticle(withPhoto, { ...options, photoSource: () => '../../secret.jpg' })).not.toContain('<img');
  });

  test('one photo captioned differently in two stories is two published files; captioned alike, one', () => {
    const id = 'b'.repeat(64);
    const first = publishedPhotoPath(id, { caption: 'Lúa chín ở Đồng Tháp', credit: 'C.K' });
    expect(publishedPhotoPath(id, { caption: 'Lúa chín ở Đồng Tháp', credit: 'C.K' })).toBe(first);
    expect(publishedPhotoPath(id, { caption: 'Mùa gặt ở Đồng Tháp', credit: 'C.K' })).not.toBe(first);
    expect(publishedPhotoPath(id, { caption: 'Lúa chín ở Đồng Tháp', credit: 'T.L' })).not.toBe(first);
    // The separator keeps "caption + credit" pairs apart even when their concatenations agree.
    expect(publishedPhotoPath(id, { caption: 'ab', credit: 'c' })).not.toBe(publishedPhotoPath(id, { caption: 'a', credit: 'bc' }));
  });
});
