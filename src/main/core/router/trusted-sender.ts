import { originOf } from '../url-origin';

/** Who sent an IPC message, as the adapter (Electron's ipcMain or the test harness) saw it. */
export interface Sender {
  /** URL of the frame that sent the message. */
  url: string;
  /** False for iframes: only the app's top-level document may call main. */
  isMainFrame: boolean;
}


/**
 * Only the app's own top-level page may call main. An iframe (even same-origin), a page the window
 * was somehow navigated to, or devtools-injected content elsewhere is refused before any input is
 * looked at. The origins are given by the adapter: the app's custom protocol in production, the
 * Vite dev server in development, the harness's local server in tests.
 */
export function isTrustedSender(sender: Sender, trustedOrigins: readonly string[]): boolean {
  const origin = originOf(sender.url);
  return sender.isMainFrame && origin !== null && trustedOrigins.includes(origin);
}
