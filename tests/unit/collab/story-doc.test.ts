import { $getRoot, $isTextNode, type ElementNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { ArticleContent } from '../../../src/shared/domain/article';
import { storyTexts } from '../../../src/shared/editor/body-text';
import { contentFromStoryDoc, openStory, readContent, storyDocFromContent, writeContent } from '../../../src/shared/editor/collab/story-content';
import { stateVectorOf, updateSince } from '../../../src/shared/editor/collab/updates';
import { seedArticleFields } from '../../helpers/seed-article';

const seedContent = (): ArticleContent => {
  const fields = seedArticleFields((part) => ({
    type: 'photo',
    version: 1,
    mediaId: 'a'.repeat(64),
    caption: part.caption,
    credit: part.credit,
    altText: 'Hội nghị',
    width: 1600,
    height: 1067,
  }));
  return { ...fields, bylineLabel: fields.bylineLabel ?? '', authors: fields.authors ?? [], place: fields.place ?? '', keywords: fields.keywords ?? [], slug: fields.slug ?? '' };
};

/** Two laptops holding the same story: each opens it from the one first update. */
function twoLaptops(content: ArticleContent) {
  const { update } = storyDocFromContent(content);
  return [openStory([update]), openStory([update])] as const;
}

/** Exchanges what each lacks, the way a sync would: the update since the other's state vector. */
function exchange(a: Y.Doc, b: Y.Doc): void {
  const toB = updateSince(a, stateVectorOf(b));
  const toA = updateSince(b, stateVectorOf(a));
  Y.applyUpdate(b, toB, 'remote');
  Y.applyUpdate(a, toA, 'remote');
}

describe('a story as a Yjs document', () => {
  it('holds the seed article: the JSON read back has the same texts, photos and fields', () => {
    const content = seedContent();
    const { doc } = storyDocFromContent(content);
    const back = contentFromStoryDoc(doc);
    expect(storyTexts(back)).toEqual(storyTexts(content));
    expect({ ...back, body: undefined }).toEqual({ ...content, body: undefined });
    expect(back.body.root.children.map((node) => node.type)).toEqual(content.body.root.children.map((node) => node.type));
  });

  it('both edit the same paragraph offline: after exchanging updates both texts are on both sides', () => {
    const [reporter, editor] = twoLaptops(seedContent());
    const firstParagraph = (): ElementNode => $getRoot().getFirstChildOrThrow<ElementNode>();

    // The reporter types at the start of the first paragraph, the editor at its end, each offline.
    reporter.editor.update(
      () => {
        const text = firstParagraph().getFirstChildOrThrow();
        if ($isTextNode(text)) text.spliceText(0, 0, 'Sáng nay, ');
      },
      { discrete: true },
    );
    editor.editor.update(
      () => {
        const text = firstParagraph().getLastChildOrThrow();
        if ($isTextNode(text)) text.spliceText(text.getTextContentSize(), 0, ' Ban biên tập bổ sung.');
      },
      { discrete: true },
    );
    // And both change the headline.
    const before = readContent(reporter).headline;
    const reporterSave = writeContent(reporter, { ...readContent(reporter), headline: `Nóng: ${before}` });
    const editorSave = writeContent(editor, { ...readContent(editor), headline: `${before} (cập nhật)` });
    expect(reporterSave).not.toBeNull();
    expect(editorSave).not.toBeNull();

    exchange(reporter.doc, editor.doc);

    for (const side of [reporter, editor]) {
      const content = readContent(side);
      const paragraph = storyTexts(content).body.split('\n')[0]!;
      expect(paragraph.startsWith('Sáng nay, ')).toBe(true);
      expect(paragraph.endsWith(' Ban biên tập bổ sung.')).toBe(true);
      expect(content.headline).toBe(`Nóng: ${before} (cập nhật)`);
    }
    expect(readContent(reporter)).toEqual(readContent(editor));
    expect(contentFromStoryDoc(reporter.doc)).toEqual(readContent(editor));
  });

  it('a save changing one word is a small update, not a copy of the body', () => {
    const content = seedContent();
    const [laptop] = twoLaptops(content);
    const body = structuredClone(content.body);
    const paragraph = body.root.children.filter((node) => node.type === 'paragraph')[3] as unknown as { children: { text: string }[] };
    paragraph.children[0]!.text = paragraph.children[0]!.text.replace(/^(\S+)/, '$1 mới');
    const update = writeContent(laptop, { ...content, body });
    expect(update).not.toBeNull();
    expect(update!.byteLength).toBeLessThan(200);
    expect(storyTexts(readContent(laptop)).body).toBe(storyTexts({ ...content, body }).body);
  });
});
