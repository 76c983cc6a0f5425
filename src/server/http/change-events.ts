import type { IncomingMessage, ServerResponse } from 'node:http';

/** A comment line now and then keeps proxies from closing a quiet stream. */
const KEEP_ALIVE_MS = 25_000;

/**
 * Server-sent events telling a laptop "pull now": an event `changes` with the newest `seq` each time
 * any instance on this database commits changes (its LISTEN hears the change log's NOTIFY), and one
 * at once on connecting, so a laptop that reconnects pulls what it missed. Plain SSE over node:http:
 * one direction is all it needs, and Node's fetch reads it without a WebSocket library.
 */
export function openChangeEvents(request: IncomingMessage, response: ServerResponse, onChanges: (listener: (latestSeq: number) => void) => () => void): void {
  response.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'keep-alive',
    // nginx buffers proxied responses unless told not to.
    'x-accel-buffering': 'no',
  });
  const send = (latestSeq: number | null) => response.write(`event: changes\ndata: ${JSON.stringify({ latestSeq })}\n\n`);
  send(null);
  const stop = onChanges(send);
  const keepAlive = setInterval(() => response.write(': keep-alive\n\n'), KEEP_ALIVE_MS);
  keepAlive.unref();
  const close = () => {
    clearInterval(keepAlive);
    stop();
  };
  request.once('close', close);
  response.once('close', close);
}
