import { DEFAULT_THEME, THEMES, type Theme } from '../../shared/domain/theme';

/**
 * The chosen theme lives on the root element as `data-theme`; styles.css turns it into
 * `color-scheme`, and every colour is a `light-dark()` pair, so "system" follows the OS as it
 * changes and "light" / "dark" pin it, without a restart or a second set of rules.
 */
export function applyTheme(theme: Theme): void {
  document.documentElement.dataset['theme'] = theme;
}

/** The theme now applied (the default before `applyTheme` ran). */
export function appliedTheme(): Theme {
  const theme = document.documentElement.dataset['theme'];
  return (THEMES as readonly string[]).includes(theme ?? '') ? (theme as Theme) : DEFAULT_THEME;
}
