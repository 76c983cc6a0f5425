import type { Newsroom } from '../../newsroom';
import { createArticlesHandlers } from './articles';
import { createAuditHandlers } from './audit';
import { createBackupsHandlers } from './backups';
import { createCategoriesHandlers } from './categories';
import { createDeskHandlers } from './desk';
import { createDestinationsHandlers } from './destinations';
import { createDraftsHandlers } from './drafts';
import { createMediaHandlers } from './media';
import type { Handlers } from './namespace-handlers';
import { createNewsroomHandlers } from './newsroom';
import { createNotesHandlers } from './notes';
import { createOutboxHandlers } from './outbox';
import { createPublicationsHandlers } from './publications';
import { createPublishingHandlers } from './publishing';
import { createRevisionsHandlers } from './revisions';
import { createSavedSearchesHandlers } from './saved-searches';
import { createSearchHandlers } from './search';
import { createSessionHandlers } from './session';
import { createSettingsHandlers } from './settings';
import { createSetupHandlers } from './setup';
import { createUsersHandlers } from './users';
import { createWorkflowHandlers } from './workflow';

/** Every call mapped onto the core, one file per namespace (the same split as shared/contract/namespaces). */
export function createHandlers(newsroom: Newsroom): Handlers {
  return {
    ...createSessionHandlers(newsroom),
    ...createSetupHandlers(newsroom),
    ...createUsersHandlers(newsroom),
    ...createArticlesHandlers(newsroom),
    ...createWorkflowHandlers(newsroom),
    ...createNotesHandlers(newsroom),
    ...createAuditHandlers(newsroom),
    ...createPublicationsHandlers(newsroom),
    ...createOutboxHandlers(newsroom),
    ...createPublishingHandlers(newsroom),
    ...createDestinationsHandlers(newsroom),
    ...createCategoriesHandlers(newsroom),
    ...createNewsroomHandlers(newsroom),
    ...createSettingsHandlers(newsroom),
    ...createRevisionsHandlers(newsroom),
    ...createDraftsHandlers(newsroom),
    ...createMediaHandlers(newsroom),
    ...createDeskHandlers(newsroom),
    ...createSearchHandlers(newsroom),
    ...createSavedSearchesHandlers(newsroom),
    ...createBackupsHandlers(newsroom),
  };
}
