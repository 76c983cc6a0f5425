import { isRetryableStatus, retryAfterMs } from '../../retry-policy';
import { DeliveryError } from '../destination';
import { describeNetworkError } from '../network-error';

/** A WordPress site and the account Newsdesk publishes as. */
export interface WordPressSite {
  /** The site's home address, e.g. `https://baobaclieu.vn/` (a WordPress in a sub-folder works too). */
  siteUrl: string;
  username: string;
  /** An application password (Users → Profile → Application Passwords); never logged. */
  applicationPassword: string;
  fetch?: typeof fetch;
  /** Per request; a delivery makes several. */
  timeoutMs?: number;
}

export interface WordPressRequest {
  method?: 'GET' | 'POST';
  query?: Record<string, string | number>;
  json?: unknown;
  /** A file for the media library, sent as the raw request body. */
  file?: { bytes: Uint8Array; fileName: string; mimeType: string };
  /** Without credentials: what a reader on the public site would get. */
  anonymous?: boolean;
  /** Statuses the caller deals with itself (e.g. 404 for a post deleted on the site). */
  accept?: readonly number[];
}

export interface WordPressAnswer<T> {
  status: number;
  body: T;
}

export interface WordPressClient {
  request<T>(route: string, options?: WordPressRequest): Promise<WordPressAnswer<T>>;
  /** The site's clock, from the Date header of its latest answer (null before any answer). */
  serverTime(): Date | null;
}

/**
 * The REST address of a route. `?rest_route=` works on every WordPress, with or without pretty
 * permalinks (the `/wp-json/` path needs rewrite rules the site may not have).
 */
export function restUrl(siteUrl: string, route: string, query: Record<string, string | number> = {}): URL {
  const base = new URL(siteUrl);
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  const url = new URL(base);
  url.search = '';
  url.hash = '';
  url.searchParams.set('rest_route', route);
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, String(value));
  return url;
}

/** Basic auth with an application password, the way WordPress (≥ 5.6) takes REST credentials. */
export const basicAuthorization = (username: string, password: string): string =>
  `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`;

/** WordPress's own words from an error answer (`{ code, message }`), tags stripped, kept short. */
function wordPressMessage(text: string): string {
  try {
    const message = (JSON.parse(text) as { message?: unknown }).message;
    if (typeof message === 'string') return message.replace(/<[^>]*>/g, '').trim().slice(0, 300);
  } catch {
    // Not JSON: a proxy's or web server's page, whose words would not help anyone.
  }
  return '';
}

function answerError(response: Response, text: string): DeliveryError {
  if (response.status >= 300 && response.status < 400) {
    // Following would drop the credentials (another origin) or turn a POST into a GET.
    return new DeliveryError(`The site sent Newsdesk to another address (${response.headers.get('Location') ?? 'unknown'}): check the site address`, false);
  }
  const said = wordPressMessage(text);
  const hint = response.status === 401 ? ' (check the user name and application password)' : '';
  return new DeliveryError(
    `WordPress answered ${response.status}${said ? `: ${said}` : ` ${response.statusText}`.trimEnd()}${hint}`,
    isRetryableStatus(response.status),
    retryAfterMs(response.headers.get('Retry-After'), new Date()),
  );
}

/**
 * A REST client for one delivery: every request carries the job's Idempotency-Key (WordPress
 * ignores it, a proxy in front may not) and stops when the delivery is abandoned. Failures come
 * back as DeliveryErrors in plain words; the Authorization header never appears in one.
 */
export function createWordPressClient(site: WordPressSite, context: { idempotencyKey: string; signal: AbortSignal }): WordPressClient {
  const send = site.fetch ?? fetch;
  const authorization = basicAuthorization(site.username, site.applicationPassword);
  let serverTime: Date | null = null;
  return {
    serverTime: () => serverTime,
    async request<T>(route: string, options: WordPressRequest = {}): Promise<WordPressAnswer<T>> {
      const headers: Record<string, string> = { Accept: 'application/json', 'Idempotency-Key': context.idempotencyKey };
      if (!options.anonymous) headers['Authorization'] = authorization;
      let body: Uint8Array<ArrayBuffer> | string | undefined;
      if (options.file) {
        headers['Content-Type'] = options.file.mimeType;
        headers['Content-Disposition'] = `attachment; filename="${options.file.fileName}"`;
        body = new Uint8Array(options.file.bytes);
      } else if (options.json !== undefined) {
        headers['Content-Type'] = 'application/json; charset=utf-8';
        body = JSON.stringify(options.json);
      }
      let response: Response;
      try {
        response = await send(restUrl(site.siteUrl, route, options.query), {
          method: options.method ?? (body === undefined ? 'GET' : 'POST'),
          headers,
          body,
          redirect: 'manual',
          signal: AbortSignal.any([context.signal, AbortSignal.timeout(site.timeoutMs ?? 30_000)]),
        });
      } catch (error) {
        throw new DeliveryError(describeNetworkError(error), true);
      }
      const date = Date.parse(response.headers.get('Date') ?? '');
      if (!Number.isNaN(date)) serverTime = new Date(date);
      const text = await response.text().catch(() => '');
      if (!response.ok && !options.accept?.includes(response.status)) throw answerError(response, text);
      try {
        return { status: response.status, body: JSON.parse(text) as T };
      } catch {
        throw new DeliveryError('The address did not answer like a WordPress site (is it the site’s home address, with the REST API on?)', false);
      }
    },
  };
}
