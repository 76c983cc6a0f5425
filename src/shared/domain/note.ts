/** An editorial note on a story (Ghi chú): for the newsroom only, never published. */
export interface Note {
  id: string;
  articleId: string;
  authorId: string;
  body: string;
  createdAt: string;
}
