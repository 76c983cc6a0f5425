import type { Article } from './article';

/**
 * What a publish, update or correct job carries to its destinations: the published snapshot, so
 * every destination sends exactly what the legal record kept, however the story changes later.
 */
export interface PublicationPayload {
  article: Article;
  /** The article rendered by the shared renderer (the preview's code path). */
  html: string;
  correctionNotice: string | null;
  /** When the story was first published (corrections keep it). */
  publishedAt: string;
  newsroomName: string;
}
