import { z } from 'zod';
import type { SavedSearch } from '../../domain/search';
import { DeskFiltersSchema } from '../../search/desk-filters';
import { nfc } from '../../text/nfc';
import { call, Id, Version } from '../call-spec';
import { MAX_QUERY_LENGTH } from './search';

/** "Lưu tìm kiếm": each user's own saved searches (the core scopes every call to its owner). */
export const savedSearchesCalls = {
  'savedSearches.list': call(z.strictObject({})).returns<SavedSearch[]>().access('signed-in'),
  'savedSearches.create': call(
    z.strictObject({
      name: z.string().trim().min(1).max(100).transform(nfc),
      query: z.string().max(MAX_QUERY_LENGTH).transform(nfc),
      filters: DeskFiltersSchema,
    }),
  )
    .returns<SavedSearch>()
    .access('signed-in'),
  'savedSearches.delete': call(z.strictObject({ id: Id, expectedVersion: Version }))
    .returns<{ id: string; version: number }>()
    .access('signed-in'),
};
