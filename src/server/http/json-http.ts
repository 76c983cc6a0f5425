import type { IncomingMessage, ServerResponse } from 'node:http';
import { AppError, validationError, type AppErrorData, type ErrorCode } from '../../shared/errors';

/** HTTP status for each of the app's error codes (the body carries the code itself). */
const STATUS: Record<ErrorCode, number> = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  disk_full: 507,
  read_only: 503,
  disk_error: 503,
  internal: 500,
};

/** Reads a JSON body of at most `limit` bytes; anything else is a `validation` error. */
export async function readJson(request: IncomingMessage, limit: number): Promise<unknown> {
  const type = request.headers['content-type'] ?? '';
  if (!/^application\/json\b/i.test(type)) throw validationError('The body must be application/json');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw validationError(`The body is over ${limit} bytes`);
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch {
    throw validationError('The body is not valid JSON');
  }
}

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  });
  response.end(text);
}

/** An `AppError` as the laptop's router would return it: `{ error: { code, message, … } }`. */
export function sendError(response: ServerResponse, error: AppError): void {
  const data: AppErrorData = error.toData();
  if (data.retryAfterSeconds !== undefined) response.setHeader('retry-after', String(data.retryAfterSeconds));
  sendJson(response, STATUS[data.code], { error: data });
}

/** The token of `Authorization: Bearer <token>`, or null. */
export function bearerToken(request: IncomingMessage): string | null {
  const match = /^Bearer ([^\s]+)$/.exec(request.headers.authorization ?? '');
  return match?.[1] ?? null;
}
