import { describe, expect, test } from 'vitest';
import { everyToneOf, keysOf, piecesOf, retypeBurst, syllableSteps, VOWELS } from '../e2e/ime/key-sequences';

describe('IME key sequences the e2e suite replays', () => {
  test('Telex and VNI keys for known syllables', () => {
    expect(keysOf('tiếng', 'telex')).toBe('tieengs');
    expect(keysOf('tiếng', 'vni')).toBe('tie6ng1');
    expect(keysOf('đường', 'telex')).toBe('dduwowngf');
    expect(keysOf('đường', 'vni')).toBe('d9u7o7ng2');
    expect(keysOf('Ẳ', 'telex')).toBe('AWr');
    expect(keysOf('hoà', 'telex')).toBe('hoaf');
  });

  test('the states grow letter by letter and end on the NFC syllable, in either tone placement', () => {
    expect(syllableSteps('đường', 'telex').map((step) => step.state)).toEqual(['d', 'đ', 'đu', 'đư', 'đưo', 'đươ', 'đươn', 'đương', 'đường']);
    expect(syllableSteps('hòa', 'vni').at(-1)!.state).toBe('hòa');
    expect(syllableSteps('hoà', 'vni').at(-1)!.state).toBe('hoà');
    expect(syllableSteps('hoa\u0300'.normalize('NFD'), 'telex').at(-1)!.state).toBe('hoà'.normalize('NFC'));
  });

  test('every vowel in every tone, lower and upper case: 144 forms, each typed back to itself', () => {
    const forms = VOWELS.flatMap(everyToneOf);
    expect(new Set(forms).size).toBe(144);
    for (const form of forms) for (const style of ['telex', 'vni'] as const) expect(syllableSteps(form, style).at(-1)!.state).toBe(form);
  });

  test('a Unikey burst replaces only the changed tail', () => {
    expect(retypeBurst('tiêng', 'tiếng')).toEqual({ back: 3, insert: 'ếng' });
    expect(retypeBurst('d', 'đ')).toEqual({ back: 1, insert: 'đ' });
    expect(retypeBurst('ti', 'tie')).toEqual({ back: 0, insert: 'e' });
  });

  test('text splits into syllables and what lies between', () => {
    expect(piecesOf('Ngày 28/6, Bạc Liêu')).toEqual([{ syllable: 'Ngày' }, { plain: ' 28/6, ' }, { syllable: 'Bạc' }, { plain: ' ' }, { syllable: 'Liêu' }]);
  });
});
