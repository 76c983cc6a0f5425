/**
 * Rules for a numbered migration list, the laptop's (SQLite) and the newsroom server's (PostgreSQL)
 * alike: numbered from 1 without gaps, never edited once released.
 */
export interface NumberedMigration {
  version: number;
  name: string;
}

export const latestVersion = (migrations: readonly NumberedMigration[]): number => migrations.at(-1)?.version ?? 0;

/** Fails loudly on a gap or a repeat: a mistake in the list must never reach a user's database. */
export function assertContiguous(migrations: readonly NumberedMigration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`Migration list is broken: position ${index + 1} holds version ${migration.version} (${migration.name})`);
    }
  });
}
