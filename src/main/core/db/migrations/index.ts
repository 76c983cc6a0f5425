import type { Migration } from '../migration';
import { migration001 } from './001-articles';
import { migration002 } from './002-categories';
import { migration003 } from './003-workflow';
import { migration004 } from './004-outbox';
import { migration005 } from './005-authoring';
import { migration006 } from './006-search';
import { migration007 } from './007-photo-library';
import { migration008 } from './008-search-speed';
import { migration009 } from './009-throttle-pruning';
import { migration010 } from './010-workflow-columns';

/** Every migration, in order. Append new ones; never edit or reorder released ones. */
export const MIGRATIONS: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
  migration006,
  migration007,
  migration008,
  migration009,
  migration010,
];
