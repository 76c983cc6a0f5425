/**
 * The context menu of a text field or the article body: Chromium's spelling suggestions for the
 * word under the pointer, then the usual edit entries. Described without Electron (like the app
 * menu) so it can be tested; `src/main/context-menu.ts` builds and pops it up.
 *
 * A chosen suggestion is not applied by Electron's `replaceMisspelling`: main sends it to the
 * renderer, which replaces the word itself (`renderer/commands/spelling-choice.ts`) and refuses
 * while an input method is composing, so a half-typed Vietnamese syllable is never replaced by a
 * suggestion for it, and the replacement is one undo step in the editor's own history.
 */

/** The channel main sends a chosen suggestion on (renderer-bound only). */
export const SPELLING_CHANNEL = 'newsdesk:spelling-choice';

/** The most suggestions shown (Chromium offers up to a handful; more only crowd the menu). */
export const MAX_SUGGESTIONS = 5;

/** The longest word a suggestion may be for (no Vietnamese or English word comes close). */
export const MAX_SPELLING_WORD = 100;

/** A suggestion the user chose for a misspelled word. */
export interface SpellingChoice {
  misspelled: string;
  suggestion: string;
}

/** The `contextMenu` section of a locale file (src/renderer/locales/*.json). */
export interface ContextMenuLabels {
  noSuggestions: string;
  addToDictionary: string;
  cut: string;
  copy: string;
  paste: string;
  selectAll: string;
}

/** What Electron's `context-menu` event tells about the click (the fields we use). */
export interface ContextMenuParams {
  isEditable: boolean;
  misspelledWord: string;
  dictionarySuggestions: readonly string[];
  editFlags: { canCut: boolean; canCopy: boolean; canPaste: boolean; canSelectAll: boolean };
}

export type ContextMenuEntry =
  | { kind: 'suggestion'; choice: SpellingChoice; label: string }
  | { kind: 'addToDictionary'; word: string; label: string }
  | { kind: 'role'; role: 'cut' | 'copy' | 'paste' | 'selectAll'; label: string; enabled: boolean }
  | { kind: 'note'; label: string }
  | { kind: 'separator' };

/** Whether a word is one a suggestion may be for or be: a short, single-line string. */
function isSpellingWord(value: unknown): value is string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_SPELLING_WORD && !/[\u0000-\u001f\u007f]/.test(value);
}

/** The menu for a right click; empty where there is nothing to offer (not editable, no selection). */
export function contextMenuTemplate(params: ContextMenuParams, labels: ContextMenuLabels): ContextMenuEntry[] {
  const entries: ContextMenuEntry[] = [];
  const misspelled = params.misspelledWord.normalize('NFC');
  if (params.isEditable && isSpellingWord(misspelled)) {
    const suggestions = params.dictionarySuggestions.filter(isSpellingWord).slice(0, MAX_SUGGESTIONS);
    for (const suggestion of suggestions) {
      entries.push({ kind: 'suggestion', choice: { misspelled, suggestion: suggestion.normalize('NFC') }, label: suggestion.normalize('NFC') });
    }
    if (suggestions.length === 0) entries.push({ kind: 'note', label: labels.noSuggestions });
    entries.push({ kind: 'addToDictionary', word: misspelled, label: labels.addToDictionary }, { kind: 'separator' });
  }
  if (params.isEditable) {
    entries.push(
      { kind: 'role', role: 'cut', label: labels.cut, enabled: params.editFlags.canCut },
      { kind: 'role', role: 'copy', label: labels.copy, enabled: params.editFlags.canCopy },
      { kind: 'role', role: 'paste', label: labels.paste, enabled: params.editFlags.canPaste },
      { kind: 'separator' },
      { kind: 'role', role: 'selectAll', label: labels.selectAll, enabled: params.editFlags.canSelectAll },
    );
  } else if (params.editFlags.canCopy) {
    entries.push({ kind: 'role', role: 'copy', label: labels.copy, enabled: true });
  }
  return entries;
}

/** A spelling choice as the renderer receives it, checked again there: null unless well formed. */
export function parseSpellingChoice(value: unknown): SpellingChoice | null {
  if (typeof value !== 'object' || value === null) return null;
  const { misspelled, suggestion } = value as Record<string, unknown>;
  if (!isSpellingWord(misspelled) || !isSpellingWord(suggestion)) return null;
  return { misspelled: misspelled.normalize('NFC'), suggestion: suggestion.normalize('NFC') };
}
