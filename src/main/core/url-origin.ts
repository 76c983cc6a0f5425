/**
 * The origin of a URL as Chromium sees it for the app's schemes. Node's WHATWG `URL` gives custom
 * schemes such as `newsdesk://app` an opaque origin ("null"), which would make every custom-scheme
 * and file: URL look alike; here a URL without a host has no origin at all.
 */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.host ? `${parsed.protocol}//${parsed.host}` : null;
  } catch {
    return null;
  }
}
