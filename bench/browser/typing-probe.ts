import type { LexicalEditor } from 'lexical';

/**
 * What the typing benchmark measures inside the page, the same in our editor and in bare
 * Lexical: per keystroke, keydown → the update listener after Lexical has committed the DOM (the
 * editor's own work), and keydown → the next frame (requestAnimationFrame, then a task after it,
 * which is after the frame was produced). Selection-only updates are not keystrokes and are skipped.
 *
 * Passed to `page.evaluate`, so it must not close over anything.
 */
export function installTypingProbe(rootSelector: string): void {
  const root = document.querySelector(rootSelector) as (HTMLElement & { __lexicalEditor?: LexicalEditor }) | null;
  const editor = root?.__lexicalEditor;
  if (!editor) throw new Error(`No Lexical editor at ${rootSelector}`);
  const probe = { commits: [] as number[], frames: [] as number[], pending: null as number | null };
  document.addEventListener('keydown', () => void (probe.pending = performance.now()), true);
  editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
    const start = probe.pending;
    if (start === null || (dirtyElements.size === 0 && dirtyLeaves.size === 0)) return;
    probe.pending = null;
    probe.commits.push(performance.now() - start);
    requestAnimationFrame(() => setTimeout(() => probe.frames.push(performance.now() - start), 0));
  });
  (window as unknown as { typingProbe: typeof probe }).typingProbe = probe;
}

/** Takes the figures gathered since the last call and starts afresh. */
export function takeTypingFigures(): { commits: number[]; frames: number[] } {
  const probe = (window as unknown as { typingProbe: { commits: number[]; frames: number[] } }).typingProbe;
  const figures = { commits: probe.commits, frames: probe.frames };
  probe.commits = [];
  probe.frames = [];
  return figures;
}

/** Puts the caret in the middle of the text of the body's `index`-th paragraph. */
export function caretInParagraph({ rootSelector, index }: { rootSelector: string; index: number }): void {
  const root = document.querySelector(rootSelector) as HTMLElement;
  const paragraph = root.querySelectorAll(':scope > p')[index];
  const walker = document.createTreeWalker(paragraph!, NodeFilter.SHOW_TEXT);
  const text = walker.nextNode() as Text;
  root.focus();
  const range = document.createRange();
  range.setStart(text, Math.floor(text.length / 2));
  range.collapse(true);
  const selection = window.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
}
