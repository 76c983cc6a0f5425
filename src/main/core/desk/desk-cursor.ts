import { DESK_SORTS, type DeskSort } from '../../../shared/search/desk-filters';
import { validationError } from '../../../shared/errors';

/**
 * Keyset cursor of the desk list: the sort, and the sort key and id of the last row seen. The sort
 * is inside so a cursor from one order is refused by another instead of skipping rows.
 */
export interface DeskCursor {
  sort: DeskSort;
  key: string;
  id: string;
}

export const encodeDeskCursor = (cursor: DeskCursor): string =>
  Buffer.from(JSON.stringify([cursor.sort, cursor.key, cursor.id])).toString('base64url');

const invalid = () =>
  validationError('The list cursor is not one this app produced for this order', [
    { path: 'cursor', message: 'Invalid cursor' },
  ]);

export function decodeDeskCursor(cursor: string, sort: DeskSort): DeskCursor {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(value) || value.length !== 3 || !value.every((part) => typeof part === 'string')) {
    throw invalid();
  }
  const [cursorSort, key, id] = value as [string, string, string];
  if (cursorSort !== sort || !(DESK_SORTS as readonly string[]).includes(cursorSort)) throw invalid();
  return { sort, key, id };
}
