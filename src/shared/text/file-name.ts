/**
 * What a file name as a person sees it (a photo's "IMG_0412.JPG") may hold. The picker and
 * drag-and-drop hand over base names, so anything else came from a hand-made call: a path
 * separator or a `..` would be a path, and control characters hide what a name says in lists and
 * logs (a newline forges a line, U+202E reverses the text after it).
 */
export const MAX_FILE_NAME_LENGTH = 255;

export type FileNameProblem = 'empty' | 'too_long' | 'control_character' | 'path_separator' | 'dot_name';

// C0 and C1 controls, DEL, and the bidirectional overrides and isolates.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

export function fileNameProblem(name: string): FileNameProblem | null {
  if (name.length === 0) return 'empty';
  if (name.length > MAX_FILE_NAME_LENGTH) return 'too_long';
  if (CONTROL.test(name)) return 'control_character';
  if (name.includes('/') || name.includes('\\')) return 'path_separator';
  if (name === '.' || name === '..') return 'dot_name';
  return null;
}

export const FILE_NAME_MESSAGES: Record<FileNameProblem, string> = {
  empty: 'A file name may not be empty',
  too_long: `A file name may be at most ${MAX_FILE_NAME_LENGTH} characters`,
  control_character: 'A file name may not contain control characters',
  path_separator: 'A file name may not contain / or \\ (it is a name, not a path)',
  dot_name: 'A file name may not be . or ..',
};
