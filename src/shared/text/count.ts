/**
 * Newsroom length counts (docs/VIETNAMESE.md): "chữ" are space-separated syllables, as Word counts
 * them; characters are NFC code points, so a decomposed "ế" counts once.
 */
export interface TextCounts {
  syllables: number;
  characters: number;
}

export function countText(text: string): TextCounts {
  const normalized = text.normalize('NFC');
  const syllables = normalized.split(/\s+/u).filter((word) => word.length > 0).length;
  return { syllables, characters: [...normalized].length };
}
