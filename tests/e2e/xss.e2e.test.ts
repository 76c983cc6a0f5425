import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ARTICLE_LIMITS, type Article, type ArticleFields } from '../../src/shared/domain/article';
import { bodyFromPlainText, type ArticleBody } from '../../src/shared/domain/article-body';
import { BYLINE_LIMITS } from '../../src/shared/domain/byline';
import { loadXssCorpus } from '../helpers/xss-corpus';
import { findActiveMarkup } from './active-markup';
import { launchApp, type LaunchedApp } from './harness';

/**
 * Issue #13, item 4 (XSS): every vector of the corpus (tests/fixtures/xss/vectors.json) in every
 * text field of a story (headline, sapo, byline label, authors, place, keywords, category), in the
 * body as text and as links, in photo captions, credits and alt texts, in editorial notes, and pasted
 * as HTML into the body; all in the real app in Chromium under the app's CSP. A global tripwire
 * (`__xss`, `alert`, `confirm`, `prompt`) and a `securitypolicyviolation` listener must both stay
 * silent: the first would mean a vector ran, the second that active markup reached the page even if
 * the CSP then stopped it. Then the published website pages and their ninjs documents are parsed by
 * Chromium's HTML parser and must hold none of them as active markup (./active-markup.ts).
 *
 * One page load for the whole file; the tests run in order (the first proves the alarms can ring,
 * the last publishes the stories the second made).
 */

const corpus = loadXssCorpus();
const vectors = corpus.map(({ vector }) => vector);

/** Installed before the app's own scripts in every frame the page opens. */
const TRIPWIRE = `(() => {
  const fired = [];
  const violations = [];
  Object.defineProperty(window, '__xssAlarms', { value: { fired, violations } });
  for (const name of ['__xss', 'alert', 'confirm', 'prompt']) {
    window[name] = (...args) => { fired.push(name + '(' + args.map(String).join(',') + ') at ' + location.href); };
  }
  document.addEventListener('securitypolicyviolation', (event) => {
    violations.push(event.violatedDirective + ' blocked ' + event.blockedURI + ' sample ' + event.sample);
  }, true);
})();`;

interface Alarms {
  fired: string[];
  violations: string[];
}
const alarms = (page: Page): Promise<Alarms> =>
  page.evaluate(() => (window as unknown as { __xssAlarms: Alarms }).__xssAlarms);

/** Fills `limit` characters (and `count` items) with as many vectors as fit, in order; returns them and the rest. */
function pack(list: string[], limit: number, separator: string): { taken: string[]; rest: string[] } {
  const taken: string[] = [];
  let length = 0;
  for (const [index, vector] of list.entries()) {
    const next = length + (taken.length > 0 ? separator.length : 0) + vector.length;
    if (next > limit) return { taken, rest: list.slice(index) };
    taken.push(vector);
    length = next;
  }
  return { taken, rest: [] };
}

/** Groups of vectors small enough that a whole group fits one headline after its prefix. */
function headlineGroups(): string[][] {
  const groups: string[][] = [];
  let rest = vectors;
  while (rest.length > 0) {
    const { taken, rest: left } = pack(rest, ARTICLE_LIMITS.headline - 20, ' ');
    groups.push(taken);
    rest = left;
  }
  return groups;
}

const textNode = (text: string): unknown => (bodyFromPlainText(text).root.children[0]!['children'] as unknown[])[0];

/** A body holding each vector as a paragraph's text, as a link (its URL and its text) and as a photo's caption, credit and alt text. */
function hostileBody(group: string[], photo: { id: string; width: number; height: number }): ArticleBody {
  const paragraph = bodyFromPlainText('').root.children[0]!;
  const children = group.flatMap((vector) => [
    { ...paragraph, children: [textNode(vector)] },
    {
      ...paragraph,
      children: [
        { type: 'link', version: 1, url: vector, rel: null, target: null, title: vector, direction: null, format: '', indent: 0, children: [textNode(vector)] },
      ],
    },
    { type: 'photo', version: 1, mediaId: photo.id, caption: vector, credit: vector, altText: vector, width: photo.width, height: photo.height },
  ]);
  return { root: { ...bodyFromPlainText('').root, children } };
}

/** A story's fields with the group in every field that can hold it; single-line fields take what fits. */
function hostileFields(label: string, group: string[], body: ArticleBody): ArticleFields {
  const fits = (limit: number) => group.filter((vector) => vector.length <= limit);
  return {
    headline: `${label} ${group.join(' ')}`,
    sapo: group.join('\n'),
    body,
    category: pack(fits(ARTICLE_LIMITS.category), ARTICLE_LIMITS.category, ' ').taken.join(' '),
    bylineLabel: pack(fits(BYLINE_LIMITS.label), BYLINE_LIMITS.label, ' ').taken.join(' '),
    authors: fits(BYLINE_LIMITS.name).slice(0, BYLINE_LIMITS.authors).map((name) => ({ name, roles: ['writer' as const] })),
    place: pack(fits(ARTICLE_LIMITS.place), ARTICLE_LIMITS.place, ' ').taken.join(' '),
    keywords: [...new Set(fits(ARTICLE_LIMITS.keyword).map((keyword) => keyword.trim()).filter(Boolean))].slice(0, ARTICLE_LIMITS.keywords),
    slug: label.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, ''),
  };
}

/** Calls the router from the app's page, exactly as the app does. */
async function callFromPage<T>(page: Page, name: string, input: unknown): Promise<T> {
  const result = await page.evaluate(
    ({ name, input }) => {
      const [namespace, method] = name.split('.') as [string, string];
      const api = (window.newsdesk as unknown as Record<string, Record<string, (input: unknown) => Promise<unknown>>>)[namespace]!;
      return api[method]!(input);
    },
    { name, input },
  );
  const answer = result as { ok: boolean; value?: T; error?: { code: string; message: string } };
  if (!answer.ok) throw new Error(`${name}: ${answer.error?.code} ${answer.error?.message}`);
  return answer.value as T;
}

const notesOf = (page: Page) => page.getByRole('complementary', { name: 'Thông tin bài' }).getByRole('tabpanel', { name: 'Ghi chú' });

/** Many calls in one round trip to the page, one after another, as the app would make them. */
async function callsFromPage<T>(page: Page, calls: { name: string; input: unknown }[]): Promise<T[]> {
  const results = await page.evaluate(async (list) => {
    const api = window.newsdesk as unknown as Record<string, Record<string, (input: unknown) => Promise<unknown>>>;
    const answers: unknown[] = [];
    for (const { name, input } of list) {
      const [namespace, method] = name.split('.') as [string, string];
      answers.push(await api[namespace]![method]!(input));
    }
    return answers;
  }, calls);
  return results.map((result, index) => {
    const answer = result as { ok: boolean; value?: T; error?: { code: string; message: string } };
    if (!answer.ok) throw new Error(`${calls[index]!.name}: ${answer.error?.code} ${answer.error?.message}`);
    return answer.value as T;
  });
}

let app: LaunchedApp;
const groups = headlineGroups();
const groupStories: Article[] = [];

beforeAll(async () => {
  app = await launchApp();
  await app.context.addInitScript({ content: TRIPWIRE });
  await app.reload();
  await app.page.getByRole('navigation', { name: 'Điều hướng' }).waitFor();
  const { photo } = await app.core.media.importPhoto(
    readFileSync(resolve(import.meta.dirname, '../../../shared/fixtures/photos/IPTC.jpg')),
    'IPTC.jpg',
    null,
  );
  for (const [index, group] of groups.entries()) {
    const label = `Tin XSS số ${String(index + 1).padStart(2, '0')}`;
    const story = await callFromPage<Article>(app.page, 'articles.create', hostileFields(label, group, hostileBody(group, photo)));
    for (const vector of group) await callFromPage(app.page, 'notes.add', { articleId: story.id, body: vector });
    groupStories.push(story);
  }
  await app.reload();
  await app.page.getByRole('navigation', { name: 'Điều hướng' }).waitFor();
}, 120_000);

async function clearAlarms(page: Page): Promise<Alarms> {
  return page.evaluate(() => {
    const { fired, violations } = (window as unknown as { __xssAlarms: Alarms }).__xssAlarms;
    const seen = { fired: fired.splice(0), violations: violations.splice(0) };
    return seen;
  });
}

/** The distinct CSP reports (at least `count` of them) a bare DOMParser files for `html` in this page, while nothing runs. */
async function inertParseReports(page: Page, html: string, count: number): Promise<string[]> {
  await clearAlarms(page);
  await page.evaluate((markup) => void new DOMParser().parseFromString(markup, 'text/html'), html);
  await expect.poll(async () => (await alarms(page)).violations.length).toBeGreaterThanOrEqual(count);
  const { fired, violations } = await clearAlarms(page);
  expect(fired).toEqual([]);
  return [...new Set(violations)];
}

/**
 * The alarms are only worth their silence if they can ring: a direct call trips the tripwire, and
 * a handler attribute put into the page raises a CSP violation. Both are then cleared.
 */
async function proveAlarmsWork(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __xss(): void }).__xss();
    const probe = document.createElement('div');
    probe.innerHTML = '<img src="/no-such-image" onerror="__xss()">';
    document.body.append(probe);
  });
  await expect.poll(async () => (await alarms(page)).violations.length).toBeGreaterThan(0);
  const rung = await clearAlarms(page);
  expect(rung.fired).toHaveLength(1);
  expect(rung.violations[0]).toMatch(/^script-src-attr /);
}

afterAll(() => app.close());

/** Every text, URL, caption, credit and alt text in a body's nodes. */
const bodyStrings = (nodes: Record<string, unknown>[]): string[] =>
  nodes.flatMap((node) => [
    ...['text', 'url', 'caption', 'credit', 'altText'].flatMap((key) => (typeof node[key] === 'string' ? [node[key] as string] : [])),
    ...bodyStrings((node['children'] as Record<string, unknown>[] | undefined) ?? []),
  ]);

/** Field by field, how many of the corpus's vectors the stories hold (printed at the end). */
function coverage(): Record<string, number> {
  const count = (pick: (article: Article) => string[]) =>
    vectors.filter((vector) => groupStories.some((story) => pick(app.core.articles.get(story.id)).some((text) => text.includes(vector.normalize('NFC'))))).length;
  return {
    headline: count((article) => [article.headline]),
    sapo: count((article) => [article.sapo]),
    category: count((article) => [article.category]),
    bylineLabel: count((article) => [article.bylineLabel]),
    authors: count((article) => article.authors.map((author) => author.name)),
    place: count((article) => [article.place]),
    keywords: count((article) => article.keywords),
    'body text, links, captions, credits, alt texts': count((article) => bodyStrings(article.body.root.children)),
    notes: vectors.length,
  };
}

describe('the XSS corpus in the app', () => {
  test('the tripwire and the CSP listener ring when something does run', () => proveAlarmsWork(app.page));

  test('every vector in every field of stored stories, opened in the editor and the preview: nothing runs, nothing active reaches the page', async () => {
    const { page } = app;
    const activeInPage: string[] = [];
    for (const [index] of groups.entries()) {
      const label = `Tin XSS số ${String(index + 1).padStart(2, '0')}`;
      // Found through Tìm kiếm (the list is virtualized; the search's highlighted snippets show the hostile text too).
      await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill(label);
      await page.getByRole('button', { name: label }).first().click();
      await expect.poll(() => page.getByLabel('Tiêu đề', { exact: true }).inputValue()).toMatch(new RegExp(`^${label} `));
      // Notes (the side panel), the body with its links and photos (the editor), then the preview.
      await expect.poll(() => notesOf(page).getByRole('listitem').count()).toBe(groups[index]!.length);
      await page.getByRole('button', { name: 'Xem trước' }).click();
      const preview = page.getByRole('region', { name: 'Xem trước' });
      await expect.poll(() => preview.locator('figure').count()).toBe(groups[index]!.length);
      // Where the story's own text lands in the page: the editor's body, the notes and the preview
      // (the notes' list only: the tab's own "Thêm ghi chú" form is the app's).
      for (const place of [page.locator('[data-lexical-editor]'), notesOf(page).getByRole('list'), preview]) {
        const html = await place.innerHTML();
        activeInPage.push(...(await page.evaluate(findActiveMarkup, { html, pageHead: false })).map((finding) => `${label}: ${finding}`));
      }
      await page.getByRole('button', { name: 'Xem trước' }).click();
    }
    const fields = coverage();
    process.stdout.write(`XSS corpus: ${vectors.length} vectors in ${groups.length} stories; vectors per field: ${JSON.stringify(fields)}\n`);
    expect(fields.headline).toBe(vectors.length);
    expect(fields.sapo).toBe(vectors.length);
    expect(fields['body text, links, captions, credits, alt texts']).toBe(vectors.length);
    expect(activeInPage).toEqual([]);
    expect(await alarms(page)).toEqual({ fired: [], violations: [] });
  }, 180_000);

  test('every vector typed into the single-line fields (Nhãn tác giả, Địa danh) with the preview open: nothing runs', async () => {
    const { page } = app;
    await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill('Tin XSS số 01');
    await page.getByRole('button', { name: 'Tin XSS số 01' }).first().click();
    await page.getByRole('button', { name: 'Xem trước' }).click();
    const preview = page.getByRole('region', { name: 'Xem trước' });
    const activeInPage: string[] = [];
    let typed = 0;
    // Nhãn tác giả shows in the preview's byline (with the story's authors); Địa danh only in its field and the ninjs.
    for (const [label, limit] of [['Nhãn tác giả', BYLINE_LIMITS.label], ['Địa danh', ARTICLE_LIMITS.place]] as const) {
      for (const vector of vectors.filter((candidate) => candidate.length <= limit && !candidate.includes('\n'))) {
        const field = page.getByLabel(label, { exact: true });
        await field.fill(vector);
        if (label === 'Nhãn tác giả') await expect.poll(() => preview.locator('.article-byline').textContent()).toMatch(new RegExp(`^${escapeRegExp(vector)}: `));
        else await expect.poll(() => field.inputValue()).toBe(vector);
        typed += 1;
      }
      const html = await preview.innerHTML();
      activeInPage.push(...(await page.evaluate(findActiveMarkup, { html, pageHead: false })));
    }
    process.stdout.write(`XSS corpus: ${typed} vectors typed into Nhãn tác giả and Địa danh with the preview open\n`);
    expect(typed).toBeGreaterThan(vectors.length);
    expect(activeInPage).toEqual([]);
    expect(await alarms(page)).toEqual({ fired: [], violations: [] });
  }, 180_000);

  test('every vector pasted as HTML into the body: nothing runs; only text, structure and http(s)/mailto links are kept', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Bài mới' }).click();
    await page.getByLabel('Tiêu đề', { exact: true }).fill('Dán mã độc');
    const body = page.getByLabel('Nội dung', { exact: true });
    await body.click();
    const clipboardHtml = (vector: string) => `<meta charset="utf-8"><p>trước</p>${vector}<p>sau</p>`;
    // What Chromium reports for hostile HTML merely parsed in an inert document (see below): a
    // handler attribute read by a bare DOMParser, nothing running; and the policy refusing a
    // pasted <base> (base-uri 'none'), which is the CSP saying no, not something that ran.
    const inertKinds = [...(await inertParseReports(page, '<p onclick="__xss()">bấm</p>', 1)), 'base-uri blocked  sample '];
    expect(inertKinds[0]).toBe('script-src-attr blocked inline sample ');
    const fired: string[] = [];
    const otherReports: string[] = [];
    let inertReports = 0;
    for (const vector of vectors) {
      const before = await alarms(page);
      // A real paste event carrying the vector as the clipboard's HTML, as a browser copy would.
      await page.evaluate((html) => {
        const transfer = new DataTransfer();
        transfer.setData('text/html', html);
        transfer.setData('text/plain', html);
        document.querySelector('[data-lexical-editor]')!.dispatchEvent(
          new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
        );
      }, clipboardHtml(vector));
      const after = await alarms(page);
      if (after.fired.length > before.fired.length) fired.push(vector);
      const reports = after.violations.slice(before.violations.length);
      inertReports += reports.filter((report) => inertKinds.includes(report)).length;
      otherReports.push(...reports.filter((report) => !inertKinds.includes(report)).map((report) => `${vector}: ${report}`));
    }
    expect(fired).toEqual([]);
    expect(otherReports).toEqual([]);
    await expect.poll(() => body.textContent()).toMatch(/sau$/);
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect.poll(() => page.getByRole('status').textContent(), { timeout: 10_000 }).toMatch(/^Đã lưu lúc/);
    const stored = app.core.desk.list({}).items.find((item) => item.headline === 'Dán mã độc')!;
    const nodes = walk(app.core.articles.get(stored.id).body.root.children);
    const kept = new Set(nodes.map((node) => node['type']));
    const urls = nodes.flatMap((node) => (typeof node['url'] === 'string' ? [node['url']] : []));
    process.stdout.write(`XSS corpus: ${vectors.length} vectors pasted as HTML; node types kept ${[...kept].sort().join(', ')}; ${urls.length} links kept\n`);
    expect([...kept].filter((type) => !['paragraph', 'text', 'link', 'heading', 'list', 'listitem', 'quote', 'linebreak'].includes(String(type)))).toEqual([]);
    expect(urls.filter((url) => !/^(https?|mailto):/i.test(url))).toEqual([]);
    expect(await page.evaluate(findActiveMarkup, { html: await body.innerHTML(), pageHead: false })).toEqual([]);
    // The paste cleaner reads the clipboard's HTML in an inert document (DOMParser: no scripts, no
    // loads, no events) and drops what is not allowed there. Chromium still files CSP reports against
    // the page's policy for what such a document parses (a handler attribute: script-src-attr; a
    // <base>: base-uri), though nothing can run in it. So the listener may hear those two kinds and
    // nothing else (no script-src-elem, no frame, no navigation), the tripwire nothing at all, and
    // neither the editor nor the stored body may hold any active markup (checked above).
    process.stdout.write(
      `XSS corpus: pasting filed ${inertReports} reports of the kinds an inert parse files (${inertKinds.join('; ')}), no other report, no tripwire\n`,
    );
    expect(await alarms(page)).toMatchObject({ fired: [] });
    await clearAlarms(page);
  }, 180_000);

  test('the published pages and ninjs documents hold none of the vectors as active markup, and show each as text', async () => {
    const { page } = app;
    // Besides the stories above, one story per vector with it in every field that can hold it.
    const singleFields = vectors.map((vector, index): ArticleFields => {
      const fits = (limit: number) => (vector.length <= limit ? vector : '');
      return {
        headline: `Tin XSS ${index + 1}: ${vector}`,
        sapo: vector,
        body: bodyFromPlainText(vector),
        category: fits(ARTICLE_LIMITS.category) || 'Tin tức',
        bylineLabel: fits(BYLINE_LIMITS.label),
        authors: vector.trim() && vector.length <= BYLINE_LIMITS.name ? [{ name: vector, roles: ['writer'] }] : [],
        place: fits(ARTICLE_LIMITS.place),
        keywords: vector.trim() && vector.length <= ARTICLE_LIMITS.keyword ? [vector] : [],
        slug: `tin-xss-${index + 1}`,
      };
    });
    const single = await callsFromPage<Article>(page, singleFields.map((fields) => ({ name: 'articles.create', input: fields })));
    const stories = [...groupStories.map((story) => app.core.articles.get(story.id)), ...single];
    // submit → claim → approve → publish, each on the version the previous step made.
    let current = stories;
    for (const action of ['submit', 'claim', 'approve', 'publish']) {
      current = await callsFromPage<Article>(
        page,
        current.map((story) => ({ name: 'workflow.transition', input: { articleId: story.id, action, expectedVersion: story.version } })),
      );
    }
    await app.publishing.publishNow();

    const files = listFiles(app.publishing.siteFolder);
    const pages = files.filter((file) => file.endsWith('.html'));
    const documents = files.filter((file) => file.endsWith('.json') && !file.endsWith('.newsdesk-site.json'));
    // Parsed in a page of its own (about:blank), by Chromium's parser: nothing of the app around it.
    const parser = await app.context.newPage();
    const findings: string[] = [];
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      findings.push(...(await parser.evaluate(findActiveMarkup, { html, pageHead: true })).map((finding) => `${relative(app.publishing.siteFolder, file)}: ${finding}`));
    }
    for (const file of documents) {
      const ninjs = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      for (const html of htmlBodies(ninjs)) {
        findings.push(...(await parser.evaluate(findActiveMarkup, { html, pageHead: false })).map((finding) => `${relative(app.publishing.siteFolder, file)}: ${finding}`));
      }
      findings.push(...dangerousLinks(ninjs).map((link) => `${relative(app.publishing.siteFolder, file)}: ${link}`));
    }
    // Escaped, not dropped: each single story's page shows its vector as the headline's text.
    const headlines = await Promise.all(
      single.map(async (story, index) => {
        const file = pages.find((candidate) => candidate.endsWith(`/tin-xss-${index + 1}.html`));
        if (!file) return `no page for ${story.headline}`;
        const text = await parser.evaluate(
          (html) => new DOMParser().parseFromString(html, 'text/html').querySelector('h1')?.textContent ?? '',
          readFileSync(file, 'utf8'),
        );
        return text === story.headline ? null : `${file}: ${text}`;
      }),
    );
    await parser.close();
    process.stdout.write(
      `XSS corpus: ${stories.length} stories published; ${pages.length} pages and ${documents.length} ninjs documents parsed, ${findings.length} active markup found\n`,
    );
    expect(documents.length).toBe(stories.length);
    expect(findings).toEqual([]);
    expect(headlines.filter(Boolean)).toEqual([]);
    expect(await alarms(page)).toEqual({ fired: [], violations: [] });
  }, 180_000);
});

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const walk = (nodes: Record<string, unknown>[]): Record<string, unknown>[] =>
  nodes.flatMap((node) => [node, ...walk((node['children'] as Record<string, unknown>[] | undefined) ?? [])]);

function listFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(folder, entry.name)) : [join(folder, entry.name)],
  );
}

/** The values a ninjs document declares as HTML (contenttype text/html), wherever they are. */
function htmlBodies(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(htmlBodies);
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const own = record['contenttype'] === 'text/html' && typeof record['value'] === 'string' ? [record['value']] : [];
  return [...own, ...Object.values(record).flatMap(htmlBodies)];
}

/** href/uri values of a ninjs document a consumer might follow, with a scheme that runs code or embeds a document. */
function dangerousLinks(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(dangerousLinks);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) =>
    (key === 'href' || key === 'uri') && typeof inner === 'string' && /^\s*(javascript|vbscript|data):/i.test(inner)
      ? [`${key}: ${inner}`]
      : dangerousLinks(inner),
  );
}
