import type { Article } from './domain/article';

/**
 * Errors that cross the IPC boundary. Main throws `AppError`; the router turns it into plain data
 * (`AppErrorData`) because Error objects lose their fields when structured-cloned between
 * processes; the renderer turns the data back into an `AppError` and shows `errors.<code>` from its
 * locale files, so the user reads the message in their own language.
 */

export const ERROR_CODES = [
  'validation',
  'unauthenticated',
  'rate_limited',
  'forbidden',
  'not_found',
  'conflict',
  // The data folder's disk refused a write (see src/main/core/storage-errors.ts): nothing was
  // changed, and the user is told which of these it was instead of a generic failure.
  'disk_full',
  'read_only',
  'disk_error',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * Why a photo was refused at import, one reason per bad-input case, so the photo desk can say
 * which file failed and why in the user's language (`errors.photo.<reason>` in the locale files).
 * `unreadable` is the renderer's own: the file could not be read (it vanished, or access was lost).
 */
export const PHOTO_REFUSALS = [
  'empty',
  'too_large',
  'not_an_image',
  'unsupported_format',
  'heic_unsupported',
  'corrupt',
  'too_many_pixels',
  'unreadable',
  'bad_file_name',
] as const;

export type PhotoRefusal = (typeof PHOTO_REFUSALS)[number];

export interface ValidationIssue {
  /** Dotted path into the input, e.g. `patch.headline`; empty for the input as a whole. */
  path: string;
  message: string;
}

export interface AppErrorData {
  code: ErrorCode;
  /** A developer-facing English message; the UI shows its own translated text for `code`. */
  message: string;
  issues?: ValidationIssue[];
  /** For `conflict`: the version that is in the store now, so the UI can offer a comparison. */
  currentVersion?: number;
  /**
   * For a `conflict` on `articles.save`: the story as the store has it now, so the editor can
   * compare without asking for it again.
   */
  currentArticle?: Article;
  /** For `rate_limited`: how long to wait before trying again. */
  retryAfterSeconds?: number;
  /** For a `validation` error on a photo import: which bad-input case it was. */
  photoRefusal?: PhotoRefusal;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues: ValidationIssue[] | undefined;
  readonly currentVersion: number | undefined;
  readonly currentArticle: Article | undefined;
  readonly retryAfterSeconds: number | undefined;
  readonly photoRefusal: PhotoRefusal | undefined;

  constructor(data: AppErrorData) {
    super(data.message);
    this.name = 'AppError';
    this.code = data.code;
    this.issues = data.issues;
    this.currentVersion = data.currentVersion;
    this.currentArticle = data.currentArticle;
    this.retryAfterSeconds = data.retryAfterSeconds;
    this.photoRefusal = data.photoRefusal;
  }

  toData(): AppErrorData {
    const data: AppErrorData = { code: this.code, message: this.message };
    if (this.issues) data.issues = this.issues;
    if (this.currentVersion !== undefined) data.currentVersion = this.currentVersion;
    if (this.currentArticle !== undefined) data.currentArticle = this.currentArticle;
    if (this.retryAfterSeconds !== undefined) data.retryAfterSeconds = this.retryAfterSeconds;
    if (this.photoRefusal !== undefined) data.photoRefusal = this.photoRefusal;
    return data;
  }
}

export const validationError = (message: string, issues: ValidationIssue[] = []): AppError =>
  new AppError({ code: 'validation', message, issues });

export const photoRefusedError = (photoRefusal: PhotoRefusal, message: string): AppError =>
  new AppError({ code: 'validation', message, photoRefusal });

export const unauthenticatedError = (message: string): AppError =>
  new AppError({ code: 'unauthenticated', message });

export const rateLimitedError = (message: string, retryAfterSeconds: number): AppError =>
  new AppError({ code: 'rate_limited', message, retryAfterSeconds });

export const forbiddenError = (message: string): AppError =>
  new AppError({ code: 'forbidden', message });

export const notFoundError = (message: string): AppError =>
  new AppError({ code: 'not_found', message });

export const conflictError = (message: string, currentVersion: number): AppError =>
  new AppError({ code: 'conflict', message, currentVersion });

/** A stale save: carries the story as stored now (its version too, as every conflict does). */
export const articleConflictError = (message: string, currentArticle: Article): AppError =>
  new AppError({ code: 'conflict', message, currentVersion: currentArticle.version, currentArticle });

/** What every call returns over IPC: a value or an error, never a thrown exception. */
export type CallResult<T> = { ok: true; value: T } | { ok: false; error: AppErrorData };
