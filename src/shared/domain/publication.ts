import type { Article } from './article';

/** A published version, kept unaltered for the legal record (lưu chiểu). */
export interface Publication {
  id: string;
  articleId: string;
  /** 1 for the first publication, then one more for each correction. */
  sequence: number;
  kind: 'publish' | 'correction';
  articleVersion: number;
  article: Article;
  html: string;
  /** The "Thông tin cải chính, xin lỗi" notice issued with a correction. */
  correctionNotice: string | null;
  publishedAt: string;
  publishedBy: string;
}

export type PublicationSummary = Omit<Publication, 'article' | 'html'>;
