import { shell, type App, type Session } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../shared/security/content-security-policy';
import { isAllowedRendererRequest, isExternalLink } from './request-policy';

/**
 * Session-wide defences: every permission (camera, notifications, geolocation…) is denied, every
 * response carries the CSP, and any request that is not the app itself is cancelled.
 */
export function hardenSession(session: Session, appOrigin: string): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !isAllowedRendererRequest(details.url, appOrigin) }),
  );
  session.webRequest.onHeadersReceived((details, callback) =>
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    }),
  );
  // Explicit languages: without them Chromium may check Vietnamese text against English only
  // and underline every word.
  session.setSpellCheckerLanguages(['vi', 'en-US']);
}

/**
 * Every web contents the app ever creates: no navigation away from the app, no new windows, no
 * <webview>. http(s) and mailto links open in the OS browser instead.
 */
export function hardenWebContents(app: App): void {
  app.on('web-contents-created', (_event, contents) => {
    const openExternally = (url: string) => {
      if (isExternalLink(url)) void shell.openExternal(url);
    };
    contents.on('will-navigate', (event, url) => {
      event.preventDefault();
      openExternally(url);
    });
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      openExternally(url);
      return { action: 'deny' };
    });
  });
}
