import { createHeadlessEditor } from '@lexical/headless';
import { $generateHtmlFromNodes } from '@lexical/html';
import { LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { Window } from 'happy-dom';
import { afterAll, expect, test } from 'vitest';
import type { ArticleBody } from '../src/shared/domain/article-body';
import { BasePhotoNode } from '../src/shared/editor/nodes/photo-node';
import { renderBody } from '../src/shared/render/render-body';
import { seedArticleFields } from '../tests/helpers/seed-article';
import { compare } from './compare';
import { longArticleBody } from './documents/long-article';

/**
 * Preview and publish rendering (#12 item 2): our pure article JSON → HTML walk against what a
 * team would otherwise use, Lexical's own export — a headless editor with the same nodes, the JSON
 * parsed into an editor state and `$generateHtmlFromNodes` over a DOM shim (happy-dom). Both start
 * from the stored JSON, as the preview and the publisher do. The visible text of both outputs must
 * be identical, or the comparison would be of different work.
 */

const window = new Window();
const globals = globalThis as Record<string, unknown>;
// Lexical's HTML export reads the global window and document, as in a browser.
globals['window'] = window;
globals['document'] = window.document;
afterAll(async () => {
  delete globals['window'];
  delete globals['document'];
  await window.happyDOM.close();
});

const photoSource = (mediaId: string) => `media:${mediaId}`;
const ours = (body: ArticleBody) => renderBody(body, photoSource);

const editor = createHeadlessEditor({
  namespace: 'render-bench',
  nodes: [HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode, BasePhotoNode],
  onError: (error) => {
    throw error;
  },
});
function lexicalExport(body: ArticleBody): string {
  editor.setEditorState(editor.parseEditorState(JSON.stringify(body)));
  return editor.getEditorState().read(() => $generateHtmlFromNodes(editor, null));
}

/** The text a reader sees, from either renderer's HTML, with runs of white space folded. */
function visibleText(html: string): string {
  const container = window.document.createElement('div');
  container.innerHTML = html;
  return (container.textContent ?? '').replace(/\s+/g, ' ').trim();
}

const documents: { name: string; body: ArticleBody }[] = [
  {
    name: 'seed article',
    body: seedArticleFields((part) => ({ type: 'photo', version: 1, mediaId: 'a'.repeat(64), caption: part.caption, credit: part.credit, altText: '', width: 1600, height: 1067 })).body,
  },
  { name: '5,000-chữ article with 20 photos', body: longArticleBody().body },
];

for (const { name, body } of documents) {
  test(`render ${name}: ours vs Lexical headless + $generateHtmlFromNodes`, async () => {
    expect(visibleText(ours(body))).toBe(visibleText(lexicalExport(body)));
    const results = await compare(
      `Render ${name} to HTML: our tree walk vs Lexical's export (goal ≥ 15× faster)`,
      { name: 'Lexical headless + $generateHtmlFromNodes (baseline)', fn: () => lexicalExport(body) },
      [{ name: 'renderBody (ours)', fn: () => ours(body) }],
    );
    console.log(`${name}: ours is ${(1 / results[1]!.ratio).toFixed(1)}× faster than Lexical's export`);
  });
}
