import type { IncomingMessage, ServerResponse } from 'node:http';
import { contract } from '../../shared/contract/contract';
import { parseInput } from '../../shared/contract/parse-input';
import { AppError, notFoundError, unauthenticatedError, validationError } from '../../shared/errors';
import type { Logger } from '../../shared/node/logger';
import type { AccountStore } from '../accounts/account-store';
import type { SessionStore } from '../accounts/session-store';
import type { Clock } from '../../shared/clock';
import { PullQuerySchema, PushBatchSchema } from '../../shared/sync/wire';
import { pullChanges, pushChanges } from '../changes/push-changes';
import type { SqlClient } from '../db/sql-client';
import { openChangeEvents } from './change-events';
import { bearerToken, readJson, sendError, sendJson } from './json-http';

/** Sign-in bodies are tiny; anything larger is not a sign-in. */
const SMALL_BODY = 16 * 1024;
/** A push batch: up to MAX_PUSH_BATCH changes, each at most the laptop router's own input cap. */
const PUSH_BODY = 64 * 1024 * 1024;

export interface RouteDeps {
  db: SqlClient;
  accounts: AccountStore;
  sessions: SessionStore;
  logger: Logger;
  clock: Clock;
  /** Subscribes to "some instance committed changes" (LISTEN/NOTIFY); returns the unsubscribe. */
  onChanges(listener: (latestSeq: number) => void): () => void;
}

type Handler = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

/**
 * The server's HTTP API (JSON over node:http; a framework would add little for a handful of
 * routes):
 *
 *   GET    /health        is the server up and its database reachable (no sign-in)
 *   POST   /api/session   sign in: { username, password } → { token, expiresAt, account }
 *   DELETE /api/session   sign out (Bearer token)
 *   GET    /api/whoami    the signed-in account (Bearer token)
 *   POST   /api/changes   push a batch of the laptop's changes → an outcome for each (Bearer token)
 *   GET    /api/changes   ?after=<seq>&limit=: everyone's accepted changes after a cursor (Bearer token)
 *   GET    /api/changes/events  server-sent events: "changes" with the newest seq, "pull now" (Bearer token)
 *
 * Bodies are checked like IPC input: plain data, then the contract's own schema for the call.
 */
export function createRequestHandler({ db, accounts, sessions, logger, clock, onChanges }: RouteDeps): Handler {
  const signedIn = (request: IncomingMessage) => {
    const token = bearerToken(request);
    if (!token) throw unauthenticatedError('Sign in first (Authorization: Bearer <token>)');
    return { token, account: sessions.resolve(token) };
  };

  const routes: Record<string, Handler> = {
    async 'GET /health'(_request, response) {
      await db.query('SELECT 1');
      sendJson(response, 200, { status: 'ok', database: db.kind });
    },
    async 'POST /api/session'(request, response) {
      const input = parseInput(contract['session.signIn'].input, await readJson(request, SMALL_BODY), 'sign-in');
      const account = await accounts.authenticate(input.username, input.password);
      const session = await sessions.open(account.id);
      sendJson(response, 200, { token: session.token, expiresAt: session.expiresAt.toISOString(), account });
    },
    async 'DELETE /api/session'(request, response) {
      const { token, account } = signedIn(request);
      await account;
      await sessions.close(token);
      response.writeHead(204).end();
    },
    async 'GET /api/whoami'(request, response) {
      sendJson(response, 200, { account: await signedIn(request).account });
    },
    async 'POST /api/changes'(request, response) {
      const pusher = await signedIn(request).account;
      const batch = parseInput(PushBatchSchema, await readJson(request, PUSH_BODY), 'a push of changes');
      sendJson(response, 200, { outcomes: await pushChanges(db, clock, pusher, batch.changes) });
    },
    async 'GET /api/changes'(request, response) {
      await signedIn(request).account;
      const url = new URL(request.url ?? '/', 'http://server');
      const query = parseInput(PullQuerySchema, Object.fromEntries(url.searchParams), 'a pull of changes');
      sendJson(response, 200, await pullChanges(db, query.after, query.limit));
    },
    async 'GET /api/changes/events'(request, response) {
      await signedIn(request).account;
      openChangeEvents(request, response, onChanges);
    },
  };

  return async (request, response) => {
    try {
      const path = new URL(request.url ?? '/', 'http://server').pathname;
      const handler = routes[`${request.method} ${path}`];
      if (!handler) {
        const known = Object.keys(routes).some((route) => route.endsWith(` ${path}`));
        throw known ? validationError(`${request.method} is not allowed on ${path}`) : notFoundError(`No such route: ${path}`);
      }
      await handler(request, response);
    } catch (error) {
      if (error instanceof AppError) return sendError(response, error);
      // Never the request body in the log: it may hold a password.
      logger.error('request failed', { method: request.method, url: request.url, error: String(error) });
      sendError(response, new AppError({ code: 'internal', message: 'Internal server error' }));
    }
  };
}
