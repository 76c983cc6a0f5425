import type { Migration } from '../migration';

/**
 * Categories (chuyên mục) are configurable per paper; a new newsroom starts with the common
 * Vietnamese set. They live in the database, not in settings, because they are newsroom data that
 * will sync with the server like articles.
 */
const DEFAULT_CATEGORIES = [
  'Tin tức',
  'Thời sự – Chính trị',
  'Kinh tế',
  'Xã hội',
  'Văn hóa – Văn nghệ',
  'Thể thao',
  'Pháp luật',
  'Quốc phòng – An ninh',
  'Giáo dục',
  'Y tế',
  'Bạn đọc',
];

export const migration002: Migration = {
  version: 2,
  name: 'categories',
  up(db) {
    db.exec(`
      CREATE TABLE categories (
        id          TEXT PRIMARY KEY,
        name        TEXT NOT NULL UNIQUE,
        position    INTEGER NOT NULL,
        version     INTEGER NOT NULL DEFAULT 1,
        updated_at  TEXT NOT NULL,
        deleted_at  TEXT
      ) STRICT;
    `);
    // Fixed ids (not UUIDv7) so that every fresh newsroom agrees on the seeded categories.
    const insert = db.prepare(
      `INSERT INTO categories (id, name, position, updated_at) VALUES (?, ?, ?, '1970-01-01T00:00:00.000Z')`,
    );
    DEFAULT_CATEGORIES.forEach((name, index) => insert.run(`default-${index + 1}`, name, index + 1));
  },
};
