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
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

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
  /** For `rate_limited`: how long to wait before trying again. */
  retryAfterSeconds?: number;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues: ValidationIssue[] | undefined;
  readonly currentVersion: number | undefined;
  readonly retryAfterSeconds: number | undefined;

  constructor(data: AppErrorData) {
    super(data.message);
    this.name = 'AppError';
    this.code = data.code;
    this.issues = data.issues;
    this.currentVersion = data.currentVersion;
    this.retryAfterSeconds = data.retryAfterSeconds;
  }

  toData(): AppErrorData {
    const data: AppErrorData = { code: this.code, message: this.message };
    if (this.issues) data.issues = this.issues;
    if (this.currentVersion !== undefined) data.currentVersion = this.currentVersion;
    if (this.retryAfterSeconds !== undefined) data.retryAfterSeconds = this.retryAfterSeconds;
    return data;
  }
}

export const validationError = (message: string, issues: ValidationIssue[] = []): AppError =>
  new AppError({ code: 'validation', message, issues });

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

/** What every call returns over IPC: a value or an error, never a thrown exception. */
export type CallResult<T> = { ok: true; value: T } | { ok: false; error: AppErrorData };
