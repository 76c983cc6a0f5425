import { nativeTheme } from 'electron';
import type { Theme } from '../shared/domain/theme';

/**
 * Electron's own parts follow the chosen theme: the title bar, scrollbars, native dialogs and the
 * page's `prefers-color-scheme`. The renderer sets the same choice on its root element, so it looks
 * right in any host (the browser tests have no Electron).
 */
export function applyNativeTheme(theme: Theme): void {
  nativeTheme.themeSource = theme;
}
