import { v7 as uuidv7 } from 'uuid';
import type { Clock } from './clock';

/**
 * Ids are UUIDv7, made on the laptop: unique without a server (the store will sync later) and
 * ordered by creation time, which keeps SQLite's B-tree inserts at the end of the index.
 */
export const newId = (clock: Clock): string => uuidv7({ msecs: clock.now().getTime() });
