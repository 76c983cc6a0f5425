import type { CDPSession, Page } from 'playwright-core';
import { piecesOf, retypeBurst, syllableSteps, type ImeStyle } from './key-sequences';

/**
 * Types text into whatever has focus the way a Vietnamese input method delivers it (see
 * key-sequences.ts for what is simulated and why). Syllables go through the IME; spaces,
 * digits and punctuation are plain key presses, and "\n" is Enter.
 */
export type Delivery = 'composition' | 'retype';

export interface Typist {
  style: ImeStyle;
  delivery: Delivery;
  /** Types the text. */
  type(text: string): Promise<void>;
  /** Types one syllable up to (not including) its last IME step, leaving it mid-composition. */
  typeUnfinished(syllable: string): Promise<string>;
  /** Commits the composition left by typeUnfinished (composition delivery only). */
  commit(text: string): Promise<void>;
}

export const TYPISTS: readonly { style: ImeStyle; delivery: Delivery; name: string }[] = [
  { style: 'telex', delivery: 'composition', name: 'Telex by composition (macOS, ibus-bamboo, Windows style)' },
  { style: 'vni', delivery: 'composition', name: 'VNI by composition' },
  { style: 'telex', delivery: 'retype', name: 'Telex by Backspace + retype (Unikey, EVKey, OpenKey style)' },
  { style: 'vni', delivery: 'retype', name: 'VNI by Backspace + retype' },
];

async function typePlain(page: Page, text: string): Promise<void> {
  for (const line of text.split(/(\n)/u)) {
    if (line === '\n') await page.keyboard.press('Enter');
    else if (line !== '') await page.keyboard.type(line);
  }
}

export function createTypist(page: Page, cdp: CDPSession, style: ImeStyle, delivery: Delivery): Typist {
  const compose = async (states: readonly string[]) => {
    for (const text of states) await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
  };
  const commit = async (text: string) => {
    await cdp.send('Input.insertText', { text });
  };
  /** Each step either adds its key's letter (a plain key press) or is a Backspace burst and an insert. */
  const retype = async (states: readonly string[]) => {
    let shown = '';
    for (const state of states) {
      const { back, insert } = retypeBurst(shown, state);
      if (back === 0 && /^[a-zA-Z]$/u.test(insert)) await page.keyboard.press(insert);
      else {
        for (let count = 0; count < back; count += 1) await page.keyboard.press('Backspace');
        await page.keyboard.insertText(insert);
      }
      shown = state;
    }
  };
  const typeSyllable = async (syllable: string) => {
    const states = syllableSteps(syllable, style).map((step) => step.state);
    if (delivery === 'composition') {
      await compose(states);
      await commit(states.at(-1)!);
    } else await retype(states);
  };
  return {
    style,
    delivery,
    async type(text) {
      for (const piece of piecesOf(text)) {
        if ('syllable' in piece) await typeSyllable(piece.syllable);
        else await typePlain(page, piece.plain);
      }
    },
    async typeUnfinished(syllable) {
      const states = syllableSteps(syllable, style).map((step) => step.state).slice(0, -1);
      if (delivery === 'composition') await compose(states);
      else await retype(states);
      return states.at(-1) ?? '';
    },
    commit,
  };
}

/**
 * Where the caret is in the focused field: for an input or textarea its selection; in the
 * contenteditable body, the caret's offset in the text of its block and that block's text.
 */
export async function caret(page: Page): Promise<{ text: string; start: number; end: number }> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement) {
      return { text: active.value, start: active.selectionStart ?? -1, end: active.selectionEnd ?? -1 };
    }
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0) return { text: '', start: -1, end: -1 };
    const range = selection.getRangeAt(0);
    let block: Node | null = range.endContainer;
    const isBlock = (node: Node) => node instanceof HTMLElement && /^(P|H[1-6]|LI|BLOCKQUOTE|FIGCAPTION)$/u.test(node.tagName);
    while (block && !isBlock(block)) block = block.parentNode;
    if (!block) return { text: '', start: -1, end: -1 };
    const offsetOf = (container: Node, offset: number) => {
      const before = document.createRange();
      before.setStart(block, 0);
      before.setEnd(container, offset);
      return before.toString().length;
    };
    return { text: block.textContent ?? '', start: offsetOf(range.startContainer, range.startOffset), end: offsetOf(range.endContainer, range.endOffset) };
  });
}
