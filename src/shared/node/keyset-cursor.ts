import { validationError, type AppError } from '../errors';

/**
 * The one cursor of every keyset-paginated list (the desk list, Kho ảnh, and the server's lists to
 * come): the sort key parts of the last row seen, as base64url JSON. Opaque to the renderer, and
 * checked on the way back in because it crosses IPC like any other input. Node-only (Buffer).
 */

export const encodeCursor = (parts: readonly string[]): string => Buffer.from(JSON.stringify(parts)).toString('base64url');

/** The typed refusal of a cursor this app did not produce (path `cursor`). */
export const invalidCursorError = (message = 'The list cursor is not one this app produced'): AppError =>
  validationError(message, [{ path: 'cursor', message: 'Invalid cursor' }]);

/** The cursor's parts, exactly `length` strings; anything else is a validation error, not a crash. */
export function decodeCursor(cursor: string, length: number, message?: string): string[] {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursorError(message);
  }
  if (!Array.isArray(value) || value.length !== length || !value.every((part) => typeof part === 'string')) {
    throw invalidCursorError(message);
  }
  return value as string[];
}
