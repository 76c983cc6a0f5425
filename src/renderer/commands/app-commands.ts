import { useEffect, useRef } from 'react';
import { isMenuCommand, type MenuCommand } from '../../shared/ui/app-menu';
import { shortcutFor } from '../../shared/ui/shortcuts';
import { onMac } from '../i18n/ui-language';

/**
 * The app's commands (Bài mới, Lưu, Gửi duyệt, Xem trước, Tìm kiếm), run the same way whether
 * they come from a key press or from the native menu. A view that can carry a command out
 * registers a handler while it is on screen; the newest registration wins (the story open in the
 * editor saves, not one left behind), and a command nobody can carry out is ignored.
 */
const handlers = new Map<MenuCommand, (() => void)[]>();

/** Runs a command; false when no view on screen can carry it out. */
export function runAppCommand(command: MenuCommand): boolean {
  const handler = handlers.get(command)?.at(-1);
  handler?.();
  return handler !== undefined;
}

/** Registers `handler` for `command` while the calling component is mounted and `enabled`. */
export function useAppCommand(command: MenuCommand, handler: () => void, enabled = true): void {
  const latest = useRef(handler);
  // The newest handler, without re-registering (and so moving to the top) on every render.
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    if (!enabled) return;
    const run = () => latest.current();
    handlers.set(command, [...(handlers.get(command) ?? []), run]);
    return () => void handlers.set(command, (handlers.get(command) ?? []).filter((one) => one !== run));
  }, [command, enabled]);
}

/**
 * Mounted once, at the app's root: key presses (in the capture phase, before the editor sees
 * them, and never while an input method composes) and menu choices become commands.
 */
export function useAppCommandSources(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const shortcut = shortcutFor(event, onMac);
      if (shortcut && isMenuCommand(shortcut) && runAppCommand(shortcut)) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown, true);
    const stopMenu = window.newsdesk.onMenuCommand((command) => void runAppCommand(command));
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
      stopMenu();
    };
  }, []);
}
