import { useEffect } from 'react';
import { parseSpellingChoice, type SpellingChoice } from '../../shared/ui/context-menu';

/**
 * Applies a spelling suggestion chosen in the context menu to the word it was offered for, in the
 * field or editor that has the focus. Never while an input method composes: the word under the
 * pointer may be the syllable being typed ("Vieet" on its way to "Việt"), and replacing it would
 * break the composition and lose what the IME holds. Never when the word there is no longer the
 * misspelled one (the text changed after the menu opened).
 */
export type SpellingOutcome = 'replaced' | 'composing' | 'not-found' | 'no-target';

/** A rich-text editor that can replace a word at its selection (the body; see SpellingPlugin). */
export interface SpellingEditor {
  /** Whether `element` (the focused one) belongs to this editor. */
  owns(element: Element): boolean;
  isComposing(): boolean;
  replace(choice: SpellingChoice): 'replaced' | 'not-found';
}

const editors = new Set<SpellingEditor>();
let composing = false;

/** Registers an editor while it is on screen; returns the function that removes it. */
export function registerSpellingEditor(editor: SpellingEditor): () => void {
  editors.add(editor);
  return () => void editors.delete(editor);
}

const WORD_CHARACTER = /[\p{L}\p{M}\p{Nd}'’-]/u;

/** The word around `start…end` in `text`: the selection itself, or the word the caret is in. */
export function wordRangeAt(text: string, start: number, end: number): [number, number] {
  if (start !== end) return [start, end];
  let from = start;
  let to = end;
  while (from > 0 && WORD_CHARACTER.test(text[from - 1]!)) from -= 1;
  while (to < text.length && WORD_CHARACTER.test(text[to]!)) to += 1;
  return [from, to];
}

function isTextField(element: Element | null): element is HTMLInputElement | HTMLTextAreaElement {
  if (element instanceof HTMLTextAreaElement) return true;
  return element instanceof HTMLInputElement && ['text', 'search', ''].includes(element.type);
}

/** Replaces the word in a plain field the way typing would (undoable, heard by React as input). */
function replaceInField(field: HTMLInputElement | HTMLTextAreaElement, choice: SpellingChoice): SpellingOutcome {
  if (field.readOnly || field.disabled) return 'no-target';
  const [from, to] = wordRangeAt(field.value, field.selectionStart ?? 0, field.selectionEnd ?? 0);
  if (field.value.slice(from, to).normalize('NFC') !== choice.misspelled) return 'not-found';
  field.setSelectionRange(from, to);
  // execCommand is the one way to edit a field that keeps the browser's own undo stack and fires
  // the same input events as typing (so ImeSafeInput and autosave see it).
  document.execCommand('insertText', false, choice.suggestion);
  return 'replaced';
}

export function applySpellingChoice(choice: SpellingChoice): SpellingOutcome {
  const focused = document.activeElement;
  const editor = focused ? [...editors].find((one) => one.owns(focused)) : undefined;
  if (composing || editor?.isComposing()) return 'composing';
  if (editor) return editor.replace(choice);
  if (isTextField(focused)) return replaceInField(focused, choice);
  return 'no-target';
}

/**
 * Mounted once, at the app's root: listens for spelling choices from main and keeps track of
 * compositions anywhere in the page (capture phase, before any field's own handlers).
 */
export function useSpellingChoices(): void {
  useEffect(() => {
    const onStart = () => void (composing = true);
    const onEnd = () => void (composing = false);
    document.addEventListener('compositionstart', onStart, true);
    document.addEventListener('compositionend', onEnd, true);
    const stop = window.newsdesk.onSpellingChoice((received) => {
      const choice = parseSpellingChoice(received);
      if (choice) applySpellingChoice(choice);
    });
    return () => {
      document.removeEventListener('compositionstart', onStart, true);
      document.removeEventListener('compositionend', onEnd, true);
      stop();
    };
  }, []);
}
