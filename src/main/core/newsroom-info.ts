import type { Database } from 'better-sqlite3';
import type { AuditLog } from './audit/audit-log';
import type { Clock } from '../../shared/clock';

/** Facts about the newsroom itself, set on first run (its name, for now). */
export interface NewsroomInfo {
  name(): string | null;
  /** First-run setup: inside the setup's own transaction, before any account can be audited. */
  setName(name: string): void;
  /** The admin renames the newsroom later (Cài đặt → Tòa soạn), audited. */
  rename(name: string, actorId: string): string;
}

export function createNewsroomInfo(db: Database, clock: Clock, audit: AuditLog): NewsroomInfo {
  const select = db.prepare<[], string>(`SELECT value FROM newsroom_info WHERE key = 'name'`).pluck();
  const upsert = db.prepare<[string]>(
    `INSERT INTO newsroom_info (key, value) VALUES ('name', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
  );
  const rename = db.transaction((name: string, actorId: string): string => {
    const before = select.get() ?? null;
    upsert.run(name);
    audit.append({ at: clock.now().toISOString(), userId: actorId, action: 'newsroom.rename', details: { from: before, to: name } });
    return name;
  });
  return {
    name: () => select.get() ?? null,
    setName: (name) => void upsert.run(name),
    rename: (name, actorId) => rename.immediate(name, actorId),
  };
}
