import { originOf } from './core/url-origin';

/**
 * What the renderer may load and what counts as an external link. Pure functions, so the rules are
 * tested without Electron; `security.ts` wires them into the session.
 */

const parse = (url: string): URL | null => {
  try {
    return new URL(url);
  } catch {
    return null;
  }
};

const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'devtools:']);

/**
 * The renderer loads only the app itself: its own origin, data:/blob: URLs it made, and (during
 * development) the dev server's websocket on the same host. No remote content, ever.
 */
export function isAllowedRendererRequest(url: string, appOrigin: string): boolean {
  const target = parse(url);
  const app = parse(appOrigin);
  if (!target || !app) return false;
  if (LOCAL_SCHEMES.has(target.protocol)) return true;
  if (originOf(url) !== null && originOf(url) === originOf(appOrigin)) return true;
  const isDevSocket = (target.protocol === 'ws:' || target.protocol === 'wss:') && app.protocol === 'http:';
  return isDevSocket && target.host === app.host;
}

/** Links the OS browser may open: web pages and mail only, never file:, javascript: or app URLs. */
export function isExternalLink(url: string): boolean {
  const target = parse(url);
  return target !== null && ['http:', 'https:', 'mailto:'].includes(target.protocol);
}
