import { useTranslation } from 'react-i18next';
import { ariaShortcut, shortcutLabel, type ShortcutName } from '../../shared/ui/shortcuts';
import { onMac } from '../i18n/ui-language';

/**
 * The attributes that name a button's keys: a tooltip ("Lưu (Ctrl+S)") and aria-keyshortcuts,
 * both from the one shortcut table. Spread them onto the button.
 */
export function useShortcutHint(): (name: ShortcutName, action: string) => { title: string; 'aria-keyshortcuts': string } {
  const { t } = useTranslation();
  return (name, action) => ({
    title: t('shortcuts.hint', { action, keys: shortcutLabel(name, onMac) }),
    'aria-keyshortcuts': ariaShortcut(name, onMac),
  });
}
