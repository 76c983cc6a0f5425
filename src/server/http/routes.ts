import type { IncomingMessage, ServerResponse } from 'node:http';
import { contract } from '../../shared/contract/contract';
import { parseInput } from '../../shared/contract/parse-input';
import { AppError, notFoundError, unauthenticatedError, validationError } from '../../shared/errors';
import type { Logger } from '../../shared/node/logger';
import type { AccountStore } from '../accounts/account-store';
import type { SessionStore } from '../accounts/session-store';
import type { SqlClient } from '../db/sql-client';
import { bearerToken, readJson, sendError, sendJson } from './json-http';

/** Sign-in bodies are tiny; anything larger is not a sign-in. */
const SMALL_BODY = 16 * 1024;

export interface RouteDeps {
  db: SqlClient;
  accounts: AccountStore;
  sessions: SessionStore;
  logger: Logger;
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
 *
 * Bodies are checked like IPC input: plain data, then the contract's own schema for the call.
 */
export function createRequestHandler({ db, accounts, sessions, logger }: RouteDeps): Handler {
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
