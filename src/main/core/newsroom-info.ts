import type { Database } from 'better-sqlite3';

/** Facts about the newsroom itself, set on first run (its name, for now). */
export interface NewsroomInfo {
  name(): string | null;
  setName(name: string): void;
}

export function createNewsroomInfo(db: Database): NewsroomInfo {
  const select = db.prepare<[], string>(`SELECT value FROM newsroom_info WHERE key = 'name'`).pluck();
  const upsert = db.prepare<[string]>(
    `INSERT INTO newsroom_info (key, value) VALUES ('name', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
  );
  return { name: () => select.get() ?? null, setName: (name) => void upsert.run(name) };
}
