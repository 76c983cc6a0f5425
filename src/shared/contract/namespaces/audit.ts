import { z } from 'zod';
import { ArticleIdSchema } from '../../domain/article';
import type { AuditEntry } from '../../domain/audit';
import { call } from '../call-spec';

/** A story's audit trail. */
export const auditCalls = {
  'audit.list': call(z.strictObject({ articleId: ArticleIdSchema })).returns<AuditEntry[]>().access('signed-in'),
};
