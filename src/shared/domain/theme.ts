/**
 * The UI theme a person chooses: follow the operating system (the default), or always light or
 * always dark. Per machine, like the language.
 */
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
export const DEFAULT_THEME: Theme = 'system';
