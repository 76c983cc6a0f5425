import type { Database } from 'better-sqlite3';
import type { SavedSearch } from '../../../shared/contract/search-contract';
import { conflictError, notFoundError } from '../../../shared/errors';
import { DeskFiltersSchema, type DeskFilters } from '../../../shared/search/desk-filters';
import { appendChange } from '../change-log';
import type { Clock } from '../clock';
import { newId } from '../ids';

export interface SavedSearchStore {
  list(): SavedSearch[];
  create(input: { name: string; query: string; filters: DeskFilters }): SavedSearch;
  softDelete(id: string, expectedVersion: number): { id: string; version: number };
}

interface SavedSearchRow {
  id: string;
  name: string;
  query: string;
  filters_json: string;
  version: number;
}

/** A stored filter set that no longer validates (an older format) shows as "no filters", not a crash. */
const filtersOf = (json: string): DeskFilters => {
  const parsed = DeskFiltersSchema.safeParse(JSON.parse(json));
  return parsed.success ? parsed.data : {};
};

const toSavedSearch = (row: SavedSearchRow): SavedSearch => ({
  id: row.id,
  name: row.name,
  query: row.query,
  filters: filtersOf(row.filters_json),
  version: row.version,
});

/** Searches kept in the sidebar. Newsroom data: versioned, soft-deleted, in the change log. */
export function createSavedSearchStore(db: Database, clock: Clock): SavedSearchStore {
  const all = db.prepare<[], SavedSearchRow>(
    `SELECT id, name, query, filters_json, version FROM saved_searches
     WHERE deleted_at IS NULL ORDER BY created_at, id`,
  );
  const one = db.prepare<[string], SavedSearchRow>(
    'SELECT id, name, query, filters_json, version FROM saved_searches WHERE id = ? AND deleted_at IS NULL',
  );
  const insert = db.prepare(
    `INSERT INTO saved_searches (id, name, query, filters_json, created_at, updated_at)
     VALUES (@id, @name, @query, @filters_json, @now, @now)`,
  );
  const markDeleted = db.prepare(
    'UPDATE saved_searches SET deleted_at = @now, updated_at = @now, version = @version WHERE id = @id',
  );

  const create = db.transaction((input: { name: string; query: string; filters: DeskFilters }) => {
    const now = clock.now().toISOString();
    const row: SavedSearchRow = {
      id: newId(clock),
      name: input.name,
      query: input.query,
      filters_json: JSON.stringify(input.filters),
      version: 1,
    };
    insert.run({ ...row, now });
    const saved = toSavedSearch(row);
    appendChange(db, { entity: 'saved_search', entityId: row.id, version: 1, operation: 'create', changedAt: now, data: saved });
    return saved;
  });

  const softDelete = db.transaction((id: string, expectedVersion: number) => {
    const current = one.get(id);
    if (!current) throw notFoundError(`Saved search ${id} does not exist`);
    if (current.version !== expectedVersion) {
      throw conflictError(`Saved search ${id} changed: you have version ${expectedVersion}, the store ${current.version}`, current.version);
    }
    const now = clock.now().toISOString();
    const version = current.version + 1;
    markDeleted.run({ id, version, now });
    appendChange(db, { entity: 'saved_search', entityId: id, version, operation: 'delete', changedAt: now, data: null });
    return { id, version };
  });

  return {
    list: () => all.all().map(toSavedSearch),
    create: (input) => create.immediate(input),
    softDelete: (id, expectedVersion) => softDelete.immediate(id, expectedVersion),
  };
}
