import { z } from 'zod';
import type { ArticlePage } from '../../domain/article';
import type { DeskCounts } from '../../domain/search';
import { DESK_SORTS, DeskFiltersSchema } from '../../search/desk-filters';
import { call } from '../call-spec';

export const MAX_DESK_PAGE = 200;

/** The desk list and the sidebar's counts. */
export const deskCalls = {
  'desk.list': call(
    z.strictObject({
      sort: z.enum(DESK_SORTS).optional(),
      filters: DeskFiltersSchema.optional(),
      limit: z.number().int().min(1).max(MAX_DESK_PAGE).optional(),
      cursor: z.string().max(300).nullable().optional(),
    }),
  )
    .returns<ArticlePage>()
    .access('signed-in'),
  'desk.counts': call(z.strictObject({})).returns<DeskCounts>().access('signed-in'),
};
