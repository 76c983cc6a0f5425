import { diffWordsWithSpace } from 'diff';
import type { ArticleContent } from '../domain/article';
import type { FieldDiff } from '../domain/revision';
import { storyTexts } from '../editor/body-text';

/** Words added and removed between two versions of an article, field by field, for people to read. */
export function diffArticles(before: ArticleContent, after: ArticleContent): FieldDiff[] {
  const from = storyTexts(before);
  const to = storyTexts(after);
  return (['headline', 'sapo', 'body', 'captions'] as const).map((field) => ({
    field,
    parts: diffWordsWithSpace(from[field], to[field]).map((part) => ({
      value: part.value,
      added: part.added,
      removed: part.removed,
    })),
  }));
}
