import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SIGNATURE_HEADER, verifySignature } from '../../src/main/core/publishing/request-signature';

/** What the receiver does with one request. */
export type Behaviour =
  | 'ok'
  | { status: number; retryAfter?: string }
  /** Cut the connection before doing anything. */
  | 'reset-before-apply'
  /** Apply the delivery, then cut the connection before answering (the sender cannot know). */
  | 'reset-after-apply'
  /** Apply, but answer only after this long (past the sender's timeout). */
  | { slowMs: number };

export interface ReceivedRequest {
  key: string;
  action: string;
  signatureValid: boolean;
  body: unknown;
}

export interface Receiver {
  url: string;
  /** Every request that arrived, in order. */
  requests: ReceivedRequest[];
  /** Deliveries applied, each idempotency key at most once, in the order applied. */
  applied: ReceivedRequest[];
  close(): Promise<void>;
}

/**
 * A real HTTP server on 127.0.0.1 standing in for a newsroom's website or wire gateway. It checks
 * every signature, refuses unsigned or forged requests with 401, and applies each idempotency key
 * once: a repeat gets the first answer again, as a well-behaved receiver should.
 */
export async function startReceiver(secret: string, behave: (request: ReceivedRequest, index: number) => Behaviour = () => 'ok'): Promise<Receiver> {
  const requests: ReceivedRequest[] = [];
  const applied: ReceivedRequest[] = [];
  const appliedKeys = new Set<string>();

  const apply = (request: ReceivedRequest) => {
    if (appliedKeys.has(request.key)) return;
    appliedKeys.add(request.key);
    applied.push(request);
  };
  const answer = (response: ServerResponse, request: ReceivedRequest) => {
    const articleId = request.key.split(':')[0];
    response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ id: `remote-${articleId}`, url: `https://example.test/${articleId}` }));
  };

  const server = createServer((incoming: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const request: ReceivedRequest = {
        key: String(incoming.headers['idempotency-key'] ?? ''),
        action: String(incoming.headers['x-newsdesk-action'] ?? ''),
        signatureValid: verifySignature(secret, text, incoming.headers[SIGNATURE_HEADER.toLowerCase()] as string | undefined),
        body: JSON.parse(text) as unknown,
      };
      requests.push(request);
      if (!request.signatureValid) return void response.writeHead(401).end();
      const behaviour = behave(request, requests.length - 1);
      if (behaviour === 'ok') {
        apply(request);
        answer(response, request);
      } else if (behaviour === 'reset-before-apply') {
        incoming.socket.destroy();
      } else if (behaviour === 'reset-after-apply') {
        apply(request);
        incoming.socket.destroy();
      } else if ('slowMs' in behaviour) {
        apply(request);
        setTimeout(() => (response.destroyed ? undefined : answer(response, request)), behaviour.slowMs);
      } else {
        response
          .writeHead(behaviour.status, behaviour.retryAfter ? { 'Retry-After': behaviour.retryAfter } : {})
          .end(`status ${behaviour.status}`);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/ninjs`,
    requests,
    applied,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
