import type { Article } from '../../../shared/domain/article';
import { storyTexts } from '../../../shared/editor/body-text';

/** The columns of the full-text index, in the order of the FTS5 table. */
export const SEARCH_COLUMNS = ['headline', 'sapo', 'body', 'captions', 'byline', 'keywords', 'notes'] as const;

export type SearchColumn = (typeof SEARCH_COLUMNS)[number];
export type SearchDocument = Record<SearchColumn, string>;

/** What of an article the index reads. New searchable fields join here. */
export type SearchableArticle = Pick<
  Article,
  'headline' | 'sapo' | 'body' | 'category' | 'bylineLabel' | 'authors' | 'place' | 'keywords'
>;

/**
 * The searchable text of an article and its editorial notes, per index column, unfolded. Indexing
 * a new field is one line here: the index folds and stores whatever this returns.
 */
export function searchDocumentOf(article: SearchableArticle, notes: readonly string[] = []): SearchDocument {
  return {
    ...storyTexts(article),
    byline: [article.bylineLabel, ...article.authors.map((author) => author.name)].join(' '),
    keywords: [article.category, article.place, ...article.keywords].join(' '),
    notes: notes.join('\n'),
  };
}

/**
 * Column weights for bm25: a word in the headline says more about the story than one in the body.
 * Same order as SEARCH_COLUMNS.
 */
export const COLUMN_WEIGHTS: Record<SearchColumn, number> = {
  headline: 10,
  sapo: 5,
  body: 1,
  captions: 2,
  byline: 4,
  keywords: 4,
  notes: 1,
};
