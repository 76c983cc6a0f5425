import { z } from 'zod';
import { ArticleIdSchema } from '../../domain/article';
import type { DestinationHealth, OutboxJob } from '../../domain/outbox';
import type { Role } from '../../domain/roles';
import { call, Id } from '../call-spec';

/** Who watches the publishing queue, and who may retry or cancel deliveries. */
const QUEUE_READERS: readonly Role[] = ['editor', 'managing_editor', 'editor_in_chief', 'admin'];
const QUEUE_KEEPERS: readonly Role[] = ['managing_editor', 'editor_in_chief', 'admin'];

/** The publishing queue (Hàng đợi xuất bản). */
export const outboxCalls = {
  'outbox.list': call(z.strictObject({})).returns<OutboxJob[]>().access(QUEUE_READERS),
  'outbox.forArticle': call(z.strictObject({ articleId: ArticleIdSchema })).returns<OutboxJob[]>().access('signed-in'),
  'outbox.retry': call(z.strictObject({ id: Id })).returns<OutboxJob>().access(QUEUE_KEEPERS),
  'outbox.cancel': call(z.strictObject({ id: Id })).returns<OutboxJob>().access(QUEUE_KEEPERS),
  'outbox.health': call(z.strictObject({})).returns<DestinationHealth[]>().access(QUEUE_READERS),
};
