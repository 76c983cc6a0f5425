/**
 * The renderer's Content-Security-Policy, in one place: main sends it as a response header and the
 * build writes it into index.html as a meta tag, so the two cannot drift apart.
 *
 * No inline or remote script, no plugins, no framing, no form posts, no base-URI tricks. Styles
 * allow 'unsafe-inline' because Vite injects CSS with <style> tags during development; inline styles
 * cannot run code. Images may come from the app itself, data: and blob: URLs (photo previews).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
