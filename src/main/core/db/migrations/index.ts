import type { Migration } from '../migration';
import { migration001 } from './001-articles';
import { migration002 } from './002-categories';
import { migrationSearch } from './003-search';

/** Every migration, in order. Append new ones; never edit or reorder released ones. */
export const MIGRATIONS: readonly Migration[] = [migration001, migration002, migrationSearch];
