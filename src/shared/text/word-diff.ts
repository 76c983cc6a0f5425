import { diffWordsWithSpace } from 'diff';
import type { ArticleContent } from '../domain/article';
import type { FieldDiff } from '../domain/revision';
import { bodyText } from '../editor/body-text';

const fieldTexts = (content: ArticleContent) => {
  const { blocks, captions } = bodyText(content.body);
  return {
    headline: content.headline,
    sapo: content.sapo,
    body: blocks.join('\n'),
    captions: captions.join('\n'),
  } as const;
};

/** Words added and removed between two versions of an article, field by field, for people to read. */
export function diffArticles(before: ArticleContent, after: ArticleContent): FieldDiff[] {
  const from = fieldTexts(before);
  const to = fieldTexts(after);
  return (['headline', 'sapo', 'body', 'captions'] as const).map((field) => ({
    field,
    parts: diffWordsWithSpace(from[field], to[field]).map((part) => ({
      value: part.value,
      added: part.added,
      removed: part.removed,
    })),
  }));
}
