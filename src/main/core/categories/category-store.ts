import type { Database } from 'better-sqlite3';
import { categoryKey, type Category } from '../../../shared/domain/category';
import type { AuditLog } from '../audit/audit-log';
import { appendChange } from '../change-log';
import type { Clock } from '../../../shared/clock';
import { newId } from '../../../shared/ids';

export interface CategoryStore {
  list(): Category[];
  /**
   * Makes `names` (validated: non-empty, no name twice) the newsroom's sections in that order:
   * a listed name keeps its row (brought back if it was removed), others are removed softly, new
   * ones are added. Runs in the caller's transaction when there is one (first-run setup), so the
   * sections and whatever else it writes commit together. Audited as `categories.replace` by
   * `actorId` (null during first-run setup, before the account that does it is signed in).
   */
  replaceAll(names: readonly string[], actorId: string | null): Category[];
}

interface CategoryRow {
  id: string;
  name: string;
  position: number;
  version: number;
  deleted_at: string | null;
}

export function createCategoryStore(db: Database, clock: Clock, audit: AuditLog): CategoryStore {
  const selectAll = db.prepare<[], Category>(
    `SELECT id, name, position FROM categories WHERE deleted_at IS NULL ORDER BY position, name`,
  );
  const selectEveryRow = db.prepare<[], CategoryRow>(`SELECT id, name, position, version, deleted_at FROM categories`);
  const insert = db.prepare<[string, string, number, string]>(
    `INSERT INTO categories (id, name, position, updated_at) VALUES (?, ?, ?, ?)`,
  );
  const write = db.prepare<{ id: string; name: string; position: number; now: string; deletedAt: string | null }>(
    `UPDATE categories SET name = @name, position = @position, deleted_at = @deletedAt, version = version + 1, updated_at = @now
     WHERE id = @id`,
  );

  const logChange = (id: string, version: number, operation: 'create' | 'update' | 'delete', now: string, data: unknown) =>
    appendChange(db, { entity: 'category', entityId: id, version, operation, changedAt: now, data });

  const replaceAll = db.transaction((names: readonly string[], actorId: string | null): Category[] => {
    const now = clock.now().toISOString();
    // A removed row still holds its name (the column is UNIQUE): match on every row, not only live ones.
    const rows = new Map(selectEveryRow.all().map((row) => [categoryKey(row.name), row]));
    const listed = new Set<string>();
    names.forEach((name, index) => {
      const key = categoryKey(name);
      listed.add(key);
      const position = index + 1;
      const row = rows.get(key);
      if (!row) {
        const id = newId(clock);
        insert.run(id, name, position, now);
        logChange(id, 1, 'create', now, { name, position });
      } else if (row.name !== name || row.position !== position || row.deleted_at !== null) {
        write.run({ id: row.id, name, position, now, deletedAt: null });
        logChange(row.id, row.version + 1, 'update', now, { name, position, deletedAt: null });
      }
    });
    for (const [key, row] of rows) {
      if (listed.has(key) || row.deleted_at !== null) continue;
      write.run({ id: row.id, name: row.name, position: row.position, now, deletedAt: now });
      logChange(row.id, row.version + 1, 'delete', now, null);
    }
    audit.append({ at: now, userId: actorId, action: 'categories.replace', details: { names } });
    return selectAll.all();
  });

  return { list: () => selectAll.all(), replaceAll: (names, actorId) => replaceAll.immediate(names, actorId) };
}
