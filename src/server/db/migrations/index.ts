import type { ServerMigration } from '../migration';
import { migration001 } from './001-foundation';
import { migration002 } from './002-sync';

/** Every server migration, in order. Append new ones; never edit or reorder released ones. */
export const SERVER_MIGRATIONS: readonly ServerMigration[] = [migration001, migration002];
