import { z } from 'zod';
import { ArticleIdSchema } from '../../domain/article';
import type { Publication, PublicationSummary } from '../../domain/publication';
import { call, Id } from '../call-spec';

/** Every published version of a story, kept unaltered. */
export const publicationsCalls = {
  'publications.list': call(z.strictObject({ articleId: ArticleIdSchema }))
    .returns<PublicationSummary[]>()
    .access('signed-in'),
  'publications.get': call(z.strictObject({ id: Id })).returns<Publication>().access('signed-in'),
};
