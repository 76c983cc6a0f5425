import type { TextCounts } from './count';

/**
 * Soft limits: the editor warns past them and never blocks. One shared table (not a per-machine
 * setting) because they are house rules every reporter of the paper shares; a later newsroom
 * settings screen can replace the table.
 */
export interface SoftLimit {
  maxSyllables?: number;
  maxCharacters?: number;
}

export const SOFT_LIMITS = {
  headline: { maxSyllables: 30, maxCharacters: 160 },
  sapo: { maxSyllables: 50 },
  body: { maxSyllables: 1_500 },
} as const satisfies Record<'headline' | 'sapo' | 'body', SoftLimit>;

export const overSoftLimit = (counts: TextCounts, limit: SoftLimit): boolean =>
  (limit.maxSyllables !== undefined && counts.syllables > limit.maxSyllables) ||
  (limit.maxCharacters !== undefined && counts.characters > limit.maxCharacters);
