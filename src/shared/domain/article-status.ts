/**
 * The states an article moves through. The workflow (who may move it where) lives in the workflow
 * rules; this list is the vocabulary shared by the store, the contract and the UI.
 */
export const ARTICLE_STATUSES = [
  'draft',
  'submitted',
  'editing',
  'returned',
  'approved',
  'scheduled',
  'published',
  'unpublished',
  'spiked',
] as const;

export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];
