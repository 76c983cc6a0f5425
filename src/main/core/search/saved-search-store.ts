import type { Database } from 'better-sqlite3';
import type { SavedSearch } from '../../../shared/domain/search';
import { conflictError, notFoundError } from '../../../shared/errors';
import { DeskFiltersSchema, type DeskFilters } from '../../../shared/search/desk-filters';
import { appendChange } from '../change-log';
import type { Clock } from '../../../shared/clock';
import { newId } from '../../../shared/ids';

export interface SavedSearchInput {
  name: string;
  query: string;
  filters: DeskFilters;
}

/**
 * Each user's own saved searches: listing, deleting and saving all act for one user (the signed-in
 * one), and another user's search is "not found" to them.
 */
export interface SavedSearchStore {
  list(userId: string): SavedSearch[];
  create(userId: string, input: SavedSearchInput): SavedSearch;
  softDelete(userId: string, id: string, expectedVersion: number): { id: string; version: number };
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

/**
 * Searches kept in the sidebar of the user who saved them. Versioned, soft-deleted, in the change
 * log. Searches saved before they had owners (owner_id NULL) stay visible to everyone.
 */
export function createSavedSearchStore(db: Database, clock: Clock): SavedSearchStore {
  const all = db.prepare<[string], SavedSearchRow>(
    `SELECT id, name, query, filters_json, version FROM saved_searches
     WHERE deleted_at IS NULL AND (owner_id = ? OR owner_id IS NULL) ORDER BY created_at, id`,
  );
  const one = db.prepare<[string, string], SavedSearchRow>(
    `SELECT id, name, query, filters_json, version FROM saved_searches
     WHERE id = ? AND deleted_at IS NULL AND (owner_id = ? OR owner_id IS NULL)`,
  );
  const insert = db.prepare(
    `INSERT INTO saved_searches (id, owner_id, name, query, filters_json, created_at, updated_at)
     VALUES (@id, @owner_id, @name, @query, @filters_json, @now, @now)`,
  );
  const markDeleted = db.prepare(
    'UPDATE saved_searches SET deleted_at = @now, updated_at = @now, version = @version WHERE id = @id',
  );

  const create = db.transaction((userId: string, input: SavedSearchInput) => {
    const now = clock.now().toISOString();
    const row: SavedSearchRow = {
      id: newId(clock),
      name: input.name,
      query: input.query,
      filters_json: JSON.stringify(input.filters),
      version: 1,
    };
    insert.run({ ...row, owner_id: userId, now });
    const saved = toSavedSearch(row);
    appendChange(db, { entity: 'saved_search', entityId: row.id, version: 1, operation: 'create', changedAt: now, data: { ...saved, ownerId: userId } });
    return saved;
  });

  const softDelete = db.transaction((userId: string, id: string, expectedVersion: number) => {
    const current = one.get(id, userId);
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
    list: (userId) => all.all(userId).map(toSavedSearch),
    create: (userId, input) => create.immediate(userId, input),
    softDelete: (userId, id, expectedVersion) => softDelete.immediate(userId, id, expectedVersion),
  };
}
