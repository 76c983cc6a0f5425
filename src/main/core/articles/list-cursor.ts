import { validationError } from '../../../shared/errors';

/**
 * Keyset pagination cursor: the sort key of the last row seen. Opaque to the renderer (base64url
 * JSON), checked on the way back in because it crosses IPC like any other input.
 */
export interface ListCursor {
  updatedAt: string;
  id: string;
}

export const encodeCursor = (cursor: ListCursor): string =>
  Buffer.from(JSON.stringify([cursor.updatedAt, cursor.id])).toString('base64url');

export function decodeCursor(cursor: string): ListCursor {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && value.every((part) => typeof part === 'string')) {
      const [updatedAt, id] = value as [string, string];
      return { updatedAt, id };
    }
  } catch {
    // Falls through to the validation error below: a malformed cursor is bad input, not a crash.
  }
  throw validationError('The list cursor is not one this app produced', [
    { path: 'cursor', message: 'Invalid cursor' },
  ]);
}
