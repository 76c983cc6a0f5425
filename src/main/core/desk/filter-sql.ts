import type { DeskFilters } from '../../../shared/search/desk-filters';

export interface SqlClauses {
  where: string[];
  params: unknown[];
}

type ClauseOf = { [K in keyof DeskFilters]-?: (value: NonNullable<DeskFilters[K]>) => SqlClauses };

/** One SQL condition per filter, on the articles table aliased `a`. */
const CLAUSES: ClauseOf = {
  statuses: (statuses) => ({
    where: [`a.status IN (${statuses.map(() => '?').join(', ')})`],
    params: statuses,
  }),
  category: (category) => ({ where: ['a.category = ?'], params: [category] }),
  createdFrom: (at) => ({ where: ['a.created_at >= ?'], params: [at] }),
  createdBefore: (at) => ({ where: ['a.created_at < ?'], params: [at] }),
  updatedFrom: (at) => ({ where: ['a.updated_at >= ?'], params: [at] }),
  updatedBefore: (at) => ({ where: ['a.updated_at < ?'], params: [at] }),
  publishedFrom: (at) => ({ where: ['a.published_at >= ?'], params: [at] }),
  publishedBefore: (at) => ({ where: ['a.published_at < ?'], params: [at] }),
  createdBy: (userId) => ({ where: ['a.created_by = ?'], params: [userId] }),
};

/**
 * The filters as SQL conditions with bound parameters (never spliced text). The order of keys is
 * fixed so the same filter set always yields the same SQL, which keeps prepared statements reusable.
 */
export function filterClauses(filters: DeskFilters = {}): SqlClauses {
  const out: SqlClauses = { where: [], params: [] };
  for (const key of Object.keys(CLAUSES) as Array<keyof DeskFilters>) {
    const value = filters[key];
    if (value === undefined) continue;
    const clause = (CLAUSES[key] as (value: unknown) => SqlClauses)(value);
    out.where.push(...clause.where);
    out.params.push(...clause.params);
  }
  return out;
}
