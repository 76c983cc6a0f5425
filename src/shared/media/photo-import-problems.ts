import { AppError, validationError } from '../errors';

/**
 * Why a photo could not be imported, as a stable key: main puts it in the validation error's
 * first issue (`path: 'photo'`), and the renderer shows `photos.problems.<key>` in the user's
 * language. The renderer finds `too_large` and `unreadable` itself, before anything crosses IPC.
 */
export const PHOTO_IMPORT_PROBLEMS = [
  /** The file has no bytes. */
  'empty',
  /** Over MAX_PHOTO_BYTES: refused before it is read. */
  'too_large',
  /** Not an image at all (a document renamed .jpg, …). */
  'not_image',
  /** An image, but not JPEG, PNG, WebP or HEIC (or HEIC this build cannot decode). */
  'unsupported_format',
  /** A photo whose data is damaged or cut short. */
  'corrupt',
  /** More pixels than a newsroom photo has: refused before decoding (decompression bombs). */
  'too_many_pixels',
  /** The file could not be read from disk (moved, deleted, or no permission). */
  'unreadable',
] as const;

export type PhotoImportProblem = (typeof PHOTO_IMPORT_PROBLEMS)[number];

export const PHOTO_PROBLEM_PATH = 'photo';

export const isPhotoImportProblem = (value: unknown): value is PhotoImportProblem =>
  typeof value === 'string' && (PHOTO_IMPORT_PROBLEMS as readonly string[]).includes(value);

/** The error main throws for a photo it will not import; the message stays developer-facing English. */
export const photoImportError = (problem: PhotoImportProblem, message: string): AppError =>
  validationError(message, [{ path: PHOTO_PROBLEM_PATH, message: problem }]);

/** The problem key a failed import carries, if it is one of ours. */
export function photoImportProblemOf(error: unknown): PhotoImportProblem | null {
  if (!(error instanceof AppError) || error.code !== 'validation') return null;
  const issue = error.issues?.find((candidate) => candidate.path === PHOTO_PROBLEM_PATH);
  return isPhotoImportProblem(issue?.message) ? issue.message : null;
}
