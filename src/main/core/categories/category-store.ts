import type { Database } from 'better-sqlite3';
import type { Category } from '../../../shared/domain/category';

export interface CategoryStore {
  list(): Category[];
}

export function createCategoryStore(db: Database): CategoryStore {
  const selectAll = db.prepare<[], Category>(
    `SELECT id, name, position FROM categories WHERE deleted_at IS NULL ORDER BY position, name`,
  );
  return { list: () => selectAll.all() };
}
