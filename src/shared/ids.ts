import { v7 as uuidv7 } from 'uuid';
import type { Clock } from './clock';

/**
 * Ids are UUIDv7, made where the record is created (a laptop, or the newsroom server): unique without
 * asking anyone, and ordered by creation time, which keeps B-tree inserts at the end of the index.
 */
export const newId = (clock: Clock): string => uuidv7({ msecs: clock.now().getTime() });
