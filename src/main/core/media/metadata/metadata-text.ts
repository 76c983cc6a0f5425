/*
 * Turning metadata bytes into clean text: what every value leaves the readers as, and the bound on
 * its length. Which encoding undeclared bytes are in is decided in shared/text/undeclared-bytes.ts.
 */

/**
 * What every value leaves here as: C-style NUL terminators and padding dropped, control characters
 * other than tab and newlines removed, NFC (Windows-1258's combining tones compose here), trimmed.
 */
export function cleanText(text: string): string {
  const withoutNul = text.replace(/\0[\s\S]*$/, '');
  // eslint-disable-next-line no-control-regex
  const printable = withoutNul.replace(/[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
  return printable.normalize('NFC').trim();
}

/** Values are cut here so one hostile field cannot fill the library; no real caption comes close. */
export const MAX_TEXT_LENGTH = 64 * 1024;

export function boundedText(text: string): string {
  return text.length > MAX_TEXT_LENGTH ? text.slice(0, MAX_TEXT_LENGTH) : text;
}
