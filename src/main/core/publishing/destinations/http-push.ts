import { checkDestinationUrl } from '../destination-url';
import { SIGNATURE_HEADER, signBody } from '../request-signature';
import { isRetryableStatus, retryAfterMs } from '../retry-policy';
import type { ConnectionCheck } from '../../../../shared/domain/destination';
import { DeliveryError, type Delivery, type Delivered, type Destination } from './destination';
import { describeNetworkError } from './network-error';

export interface HttpPushOptions {
  id: string;
  url: string;
  /** The shared secret for the HMAC signature; never logged. */
  secret: string;
  /** Turns a delivery into the JSON document to send (e.g. IPTC ninjs). */
  format(delivery: Delivery): unknown;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

interface SignedPost {
  url: URL;
  secret: string;
  document: unknown;
  idempotencyKey: string;
  action: string;
  signal: AbortSignal;
  send: typeof fetch;
}

/** One signed POST; resolves to the answer's body, or throws a DeliveryError saying what happened. */
async function signedPost({ url, secret, document, idempotencyKey, action, signal, send }: SignedPost): Promise<string> {
  const body = JSON.stringify(document);
  let response: Response;
  try {
    response = await send(url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'Idempotency-Key': idempotencyKey,
        [SIGNATURE_HEADER]: signBody(secret, body),
        'X-Newsdesk-Action': action,
      },
      body,
      signal,
    });
  } catch (error) {
    throw new DeliveryError(describeNetworkError(error), true);
  }
  const text = await response.text().catch(() => '');
  if (!response.ok) {
    throw new DeliveryError(
      `The site answered ${response.status} ${response.statusText}`.trim(),
      isRetryableStatus(response.status),
      retryAfterMs(response.headers.get('Retry-After'), new Date()),
    );
  }
  return text;
}

/**
 * POSTs each delivery as JSON, signed with HMAC-SHA256 over the exact body and carrying the job's
 * idempotency key, so the receiver can both trust the sender and recognise a retry.
 */
export function createHttpPushDestination(options: HttpPushOptions): Destination {
  const url = checkDestinationUrl(options.url);
  const send = options.fetch ?? fetch;
  return {
    id: options.id,
    async deliver(delivery): Promise<Delivered> {
      const text = await signedPost({
        url,
        secret: options.secret,
        document: options.format(delivery),
        idempotencyKey: delivery.idempotencyKey,
        action: delivery.action,
        signal: AbortSignal.any([delivery.signal, AbortSignal.timeout(options.timeoutMs ?? 15_000)]),
        send,
      });
      const answer = safeJson(text);
      return { remoteId: stringField(answer, 'id'), remoteUrl: stringField(answer, 'url') };
    },
  };
}

/**
 * "Kiểm tra kết nối": a signed `{"type":"ping"}` with action `ping`, so the receiver checks the
 * signature without publishing anything.
 */
export async function pingHttpDestination(options: { url: string; secret: string; at: Date; fetch?: typeof fetch }): Promise<ConnectionCheck> {
  try {
    await signedPost({
      url: checkDestinationUrl(options.url),
      secret: options.secret,
      document: { type: 'ping', at: options.at.toISOString() },
      idempotencyKey: `ping:${options.at.getTime()}`,
      action: 'ping',
      signal: AbortSignal.timeout(10_000),
      send: options.fetch ?? fetch,
    });
    return { ok: true, status: 200, message: 'The destination answered and accepted the signature' };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const status = /answered (\d{3})/.exec(message)?.[1];
    return { ok: false, status: status ? Number(status) : null, message };
  }
}

const safeJson = (text: string): unknown => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
};

const stringField = (value: unknown, key: string): string | undefined => {
  const field = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return typeof field === 'string' || typeof field === 'number' ? String(field) : undefined;
};
