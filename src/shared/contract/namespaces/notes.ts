import { z } from 'zod';
import { ArticleIdSchema } from '../../domain/article';
import type { Note } from '../../domain/note';
import { call, text } from '../call-spec';

/** Editorial notes on a story. */
export const notesCalls = {
  'notes.list': call(z.strictObject({ articleId: ArticleIdSchema })).returns<Note[]>().access('signed-in'),
  'notes.add': call(z.strictObject({ articleId: ArticleIdSchema, body: text(1, 5_000) }))
    .returns<Note>()
    .access('signed-in'),
};
