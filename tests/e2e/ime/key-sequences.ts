/**
 * What a Vietnamese input method shows while a syllable is typed, worked out from the syllable
 * itself: the Telex or VNI keys a reporter presses and, after each key, the text the IME holds.
 *
 * No real OS input method can run in headless Chromium, so the e2e suite replays these states in
 * the two ways real IMEs deliver them:
 * - composition (macOS Telex/VNI, ibus-bamboo, Windows' built-in keyboard): every state is a
 *   pre-edit sent with CDP `Input.imeSetComposition`, and the last one is committed with
 *   `Input.insertText`;
 * - backspace-and-retype (Unikey, EVKey, OpenKey): a key that only adds its letter is a real key
 *   press; a key that changes earlier letters is swallowed and replaced by Backspace presses for the
 *   changed tail and an insert of the new tail, as those programs send it.
 *
 * States follow the modern Unikey order: shape marks (â ă ê ô ơ ư đ) appear as their key is
 * pressed right after the letter, the tone key comes last in the syllable and the tone lands
 * wherever the target syllable has it (so "hoà" and "hòa" are both typed as written).
 */

export type ImeStyle = 'telex' | 'vni';

export interface TypedStep {
  /** The key pressed. */
  key: string;
  /** The syllable as the IME shows it after that key. */
  state: string;
}

const SHAPE_MARKS = { '\u0302': 'circumflex', '\u0306': 'breve', '\u031B': 'horn' } as const;
const TONE_MARKS = ['\u0301', '\u0300', '\u0309', '\u0303', '\u0323'] as const;
type Shape = (typeof SHAPE_MARKS)[keyof typeof SHAPE_MARKS] | 'stroke';

/** Keys for a shape, after the base letter (lowercase base; Telex doubles the letter). */
const SHAPE_KEYS: Record<ImeStyle, (base: string, shape: Shape) => string> = {
  telex: (base, shape) => (shape === 'circumflex' || shape === 'stroke' ? base : 'w'),
  vni: (_base, shape) => ({ circumflex: '6', breve: '8', horn: '7', stroke: '9' })[shape],
};
/** sắc, huyền, hỏi, ngã, nặng. */
const TONE_KEYS: Record<ImeStyle, readonly string[]> = {
  telex: ['s', 'f', 'r', 'x', 'j'],
  vni: ['1', '2', '3', '4', '5'],
};

interface Letter {
  base: string;
  shape: Shape | null;
  /** Index into TONE_MARKS, or null. */
  tone: number | null;
}

function decompose(char: string): Letter {
  if (char === 'đ' || char === 'Đ') return { base: char === 'đ' ? 'd' : 'D', shape: 'stroke', tone: null };
  const [base = char, ...marks] = [...char.normalize('NFD')];
  let shape: Shape | null = null;
  let tone: number | null = null;
  for (const mark of marks) {
    if (mark in SHAPE_MARKS) shape = SHAPE_MARKS[mark as keyof typeof SHAPE_MARKS];
    else if ((TONE_MARKS as readonly string[]).includes(mark)) tone = TONE_MARKS.indexOf(mark as (typeof TONE_MARKS)[number]);
    else throw new Error(`No Vietnamese IME types "${char}"`);
  }
  return { base, shape, tone };
}

const SHAPE_MARK_OF: Record<Exclude<Shape, 'stroke'>, string> = { circumflex: '\u0302', breve: '\u0306', horn: '\u031B' };

function render(letter: Letter, withShape: boolean, withTone: boolean): string {
  if (letter.shape === 'stroke' && withShape) return letter.base === 'd' ? 'đ' : 'Đ';
  const shape = withShape && letter.shape && letter.shape !== 'stroke' ? SHAPE_MARK_OF[letter.shape] : '';
  const tone = withTone && letter.tone !== null ? TONE_MARKS[letter.tone]! : '';
  return (letter.base + shape + tone).normalize('NFC');
}

/** The keys and IME states for one syllable (letters only), ending on the syllable in NFC. */
export function syllableSteps(syllable: string, style: ImeStyle): TypedStep[] {
  const letters = [...syllable.normalize('NFC')].map(decompose);
  const toned = letters.filter((letter) => letter.tone !== null);
  if (toned.length > 1) throw new Error(`"${syllable}" has more than one tone`);
  const steps: TypedStep[] = [];
  const shown = (upTo: number, shapedUpTo: number, withTone: boolean) =>
    letters.slice(0, upTo).map((letter, index) => render(letter, index < shapedUpTo, withTone)).join('');
  letters.forEach((letter, index) => {
    steps.push({ key: letter.base, state: shown(index + 1, index, false) });
    if (letter.shape) {
      const key = SHAPE_KEYS[style](letter.base.toLowerCase(), letter.shape);
      steps.push({ key: letter.base === letter.base.toUpperCase() ? key.toUpperCase() : key, state: shown(index + 1, index + 1, false) });
    }
  });
  const tone = toned[0]?.tone;
  if (tone !== undefined && tone !== null) steps.push({ key: TONE_KEYS[style][tone]!, state: shown(letters.length, letters.length, true) });
  return steps;
}

/** The keys a reporter presses for a syllable: "tiếng" is "tieengs" in Telex, "tie6ng1" in VNI. */
export const keysOf = (syllable: string, style: ImeStyle): string => syllableSteps(syllable, style).map((step) => step.key).join('');

/** Text cut into syllables (runs of letters, which an IME composes) and everything else (typed as is). */
export type Piece = { syllable: string } | { plain: string };

export function piecesOf(text: string): Piece[] {
  return (text.normalize('NFC').match(/\p{L}+|[^\p{L}]+/gu) ?? []).map((run) => (/\p{L}/u.test(run) ? { syllable: run } : { plain: run }));
}

/** Backspace-and-retype: what changes between two IME states (Unikey sends exactly this). */
export function retypeBurst(before: string, after: string): { back: number; insert: string } {
  const a = [...before];
  const b = [...after];
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common += 1;
  return { back: a.length - common, insert: b.slice(common).join('') };
}

/** The 12 vowels and their capitals, each with no tone and with each of the five tones. */
export const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'] as const;

export function everyToneOf(vowel: string): string[] {
  const forms = ['', ...TONE_MARKS].map((tone) => (vowel + tone).normalize('NFC'));
  return [...forms, ...forms.map((form) => form.toUpperCase())];
}
