import type { DeskFilters } from '../../../shared/search/desk-filters';

export interface SqlClauses {
  where: string[];
  params: unknown[];
}

type ClauseOf = { [K in keyof DeskFilters]-?: (value: NonNullable<DeskFilters[K]>) => SqlClauses };

/** A byline author with this name and role (authors_json: [{ name, roles: [...] }]). */
const bylineHas = (role: 'writer' | 'photographer'): string =>
  `EXISTS (SELECT 1 FROM json_each(a.authors_json) AS author
     WHERE json_extract(author.value, '$.name') = ?
       AND EXISTS (SELECT 1 FROM json_each(author.value, '$.roles') AS role WHERE role.value = '${role}'))`;

/** The photo nodes at the top level of the body (where the editor puts them). */
const PHOTOS_IN_BODY = `SELECT 1 FROM json_each(a.body_json, '$.root.children') AS node WHERE json_extract(node.value, '$.type') = 'photo'`;

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
  author: (name) => ({ where: [bylineHas('writer')], params: [name] }),
  photographer: (name) => ({ where: [bylineHas('photographer')], params: [name] }),
  hasPhotos: (has) => ({ where: [`${has ? '' : 'NOT '}EXISTS (${PHOTOS_IN_BODY})`], params: [] }),
  uncaptionedPhotos: () => ({ where: [`EXISTS (${PHOTOS_IN_BODY} AND trim(coalesce(json_extract(node.value, '$.caption'), '')) = '')`], params: [] }),
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
