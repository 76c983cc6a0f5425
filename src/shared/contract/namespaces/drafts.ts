import { z } from 'zod';
import { DraftKeySchema, JournalEntryInputSchema, type RecoverableDraft } from '../../domain/draft';
import { call } from '../call-spec';

/** The recovery journal: each user sees and discards only their own entries. */
export const draftsCalls = {
  'drafts.write': call(JournalEntryInputSchema).returns<{ writtenAt: string }>().access('signed-in'),
  'drafts.recoverable': call(z.strictObject({})).returns<RecoverableDraft[]>().access('signed-in'),
  'drafts.discard': call(z.strictObject({ key: DraftKeySchema })).returns<null>().access('signed-in'),
};
