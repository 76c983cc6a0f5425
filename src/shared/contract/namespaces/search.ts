import { z } from 'zod';
import type { SearchResults } from '../../domain/search';
import { DeskFiltersSchema } from '../../search/desk-filters';
import { nfc } from '../../text/nfc';
import { call } from '../call-spec';

export const MAX_SEARCH_RESULTS = 200;
export const MAX_QUERY_LENGTH = 200;

/** Tìm kiếm over the whole newsroom. */
export const searchCalls = {
  'search.articles': call(
    z.strictObject({
      query: z.string().max(MAX_QUERY_LENGTH).transform(nfc),
      filters: DeskFiltersSchema.optional(),
      limit: z.number().int().min(1).max(MAX_SEARCH_RESULTS).optional(),
    }),
  )
    .returns<SearchResults>()
    .access('signed-in'),
};
