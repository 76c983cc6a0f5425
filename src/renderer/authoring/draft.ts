import type { Article, ArticleFields } from '../../shared/domain/article';
import { emptyBody } from '../../shared/domain/article-body';
import type { Author } from '../../shared/domain/byline';
import { bodyText } from '../../shared/editor/body-text';
import { slugFromHeadline } from '../../shared/text/slug';

/** The editor's own copy of every field; the body is Lexical's serialized state. */
export type Draft = Required<ArticleFields> & { authors: Author[] };

export const emptyDraft = (): Draft => ({
  category: '',
  headline: '',
  sapo: '',
  body: emptyBody(),
  bylineLabel: '',
  authors: [],
  place: '',
  keywords: [],
  slug: '',
});

export const draftOf = (article: Article | ArticleFields): Draft => ({ ...emptyDraft(), ...article });

export const fieldsOf = (draft: Draft): ArticleFields => ({
  category: draft.category,
  headline: draft.headline,
  sapo: draft.sapo,
  body: draft.body,
  bylineLabel: draft.bylineLabel,
  // A half-typed author row (no name yet) is not part of the article.
  authors: draft.authors.filter((author) => author.name.trim() !== ''),
  place: draft.place,
  keywords: draft.keywords,
  // A slug being typed may end in a hyphen for a moment; the stored one never does.
  slug: draft.slug.replace(/^-+|-+$/g, ''),
});

/** Whether the reporter has written anything at all: an empty new article is not worth saving. */
export function isBlank(draft: Draft): boolean {
  const { blocks, captions } = bodyText(draft.body);
  return draft.headline.trim() === '' && draft.sapo.trim() === '' && captions.length === 0 && blocks.every((block) => block.trim() === '');
}

/** The slug follows the headline until the reporter edits it by hand. */
export const slugFollowsHeadline = (draft: Draft): boolean => draft.slug === '' || draft.slug === slugFromHeadline(draft.headline);
