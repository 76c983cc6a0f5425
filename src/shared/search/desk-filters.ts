import { z } from 'zod';
import { ARTICLE_STATUSES } from '../domain/article-status';
import { nfc } from '../text/nfc';

/**
 * Filters shared by the desk list and search. Each one maps to one SQL clause in
 * `main/core/desk/filter-sql.ts`; a new filter (author, photographer, photos, publish time) is one
 * field here and one entry there. Time bounds are instants (UTC ISO): from is inclusive, before is
 * exclusive, so a day is [midnight, next midnight) in the newsroom's zone.
 */
export const DeskFiltersSchema = z.strictObject({
  statuses: z.array(z.enum(ARTICLE_STATUSES)).min(1).max(ARTICLE_STATUSES.length).optional(),
  category: z.string().min(1).max(100).transform(nfc).optional(),
  createdFrom: z.iso.datetime().optional(),
  createdBefore: z.iso.datetime().optional(),
  updatedFrom: z.iso.datetime().optional(),
  updatedBefore: z.iso.datetime().optional(),
  publishedFrom: z.iso.datetime().optional(),
  publishedBefore: z.iso.datetime().optional(),
  /** Stories this user started (the "Bài của tôi" view uses the signed-in user's id). */
  createdBy: z.uuid({ version: 'v7' }).optional(),
  /** A name in the byline, as a writer. */
  author: z.string().min(1).max(100).transform(nfc).optional(),
  /** A name in the byline, as a photographer. */
  photographer: z.string().min(1).max(100).transform(nfc).optional(),
  /** Stories with (true) or without (false) photos in the body. */
  hasPhotos: z.boolean().optional(),
  /** Stories with at least one photo still lacking a caption. */
  uncaptionedPhotos: z.literal(true).optional(),
});

export type DeskFilters = z.output<typeof DeskFiltersSchema>;

/**
 * Orders of the desk list, newest first; each has a keyset index. `published` puts stories never
 * published after every published one.
 */
export const DESK_SORTS = ['updated', 'created', 'published'] as const;
export type DeskSort = (typeof DESK_SORTS)[number];
