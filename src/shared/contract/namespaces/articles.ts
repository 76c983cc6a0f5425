import { z } from 'zod';
import type { Article } from '../../domain/article';
import { ArticleFieldsSchema, ArticleIdSchema } from '../../domain/article';
import { ArticleSaveSchema, type SavedArticle } from '../../domain/article-save';
import { ROLES_THAT_WRITE } from '../../workflow/transitions';
import { call, Version } from '../call-spec';

/**
 * A story's own record. Who may edit, delete or restore a particular story depends on its state
 * and is decided in src/shared/workflow/transitions.ts, applied by the core.
 */
export const articlesCalls = {
  'articles.create': call(ArticleFieldsSchema).returns<Article>().access(ROLES_THAT_WRITE),
  'articles.get': call(z.strictObject({ id: ArticleIdSchema })).returns<Article>().access('signed-in'),
  /**
   * The editor's save: new text, its revision checkpoint and the clearing of its journal, in one
   * transaction. Saving a new story starts one, which only the roles that write do; who may change
   * an existing story depends on its state, checked by the core in that transaction.
   */
  'articles.save': call(ArticleSaveSchema)
    .returns<SavedArticle>()
    .access((user, input) => input.story !== null || user.roles.some((role) => ROLES_THAT_WRITE.includes(role))),
  'articles.delete': call(z.strictObject({ id: ArticleIdSchema, expectedVersion: Version }))
    .returns<{ id: string; version: number }>()
    .access('signed-in'),
  'articles.restore': call(z.strictObject({ id: ArticleIdSchema, expectedVersion: Version }))
    .returns<Article>()
    .access('signed-in'),
};
