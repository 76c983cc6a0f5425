import type { Role } from '../../src/shared/domain/roles';
import type { User } from '../../src/shared/domain/user';
import { silentLogger } from '../../src/shared/node/logger';
import type { ServerConfig } from '../../src/server/config';
import type { SqlClient } from '../../src/server/db/sql-client';
import { openNewsroomServer, type NewsroomServer } from '../../src/server/newsroom-server';
import type { ServerDatabase } from './server-databases';

export const SERVER_PASSWORD = 'mật khẩu tòa soạn';
export const SERVER_CONFIG: ServerConfig = { databaseUrl: undefined, dataDir: '', host: '127.0.0.1', port: 0, sessionDays: 30 };

export interface SyncServer {
  server: NewsroomServer;
  db: SqlClient;
  url: string;
  /** Makes a server account and signs it in: its account and session token. */
  account(username: string, roles: Role[]): Promise<{ account: User; token: string }>;
  /** JSON over HTTP, as a laptop sends it. */
  send(method: string, path: string, options?: { body?: unknown; token?: string }): Promise<{ status: number; body: Record<string, unknown> }>;
  /** Stops the HTTP server and opens a new one on the same database and port (a server restart). */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/** A real newsroom server over HTTP on a free port, on a fresh database from `database`. */
export async function startSyncServer(database: ServerDatabase): Promise<SyncServer> {
  const { db } = await database.open();
  let server = await openNewsroomServer({ config: SERVER_CONFIG, logger: silentLogger, db });
  const { url, port } = await server.listen();
  const send: SyncServer['send'] = async (method, path, options = {}) => {
    const headers: Record<string, string> = {};
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    const response = await fetch(`${url}${path}`, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : null) as Record<string, unknown> };
  };
  return {
    get server() {
      return server;
    },
    db,
    url,
    async account(username, roles) {
      const account = await server.accounts.create({ username, displayName: username, initials: username.slice(0, 3).toUpperCase(), roles, password: SERVER_PASSWORD }, null);
      const signedIn = await send('POST', '/api/session', { body: { username, password: SERVER_PASSWORD } });
      if (signedIn.status !== 200) throw new Error(`sign-in as ${username} failed: ${JSON.stringify(signedIn.body)}`);
      return { account, token: signedIn.body.token as string };
    },
    send,
    async restart() {
      await server.close();
      server = await openNewsroomServer({ config: { ...SERVER_CONFIG, port }, logger: silentLogger, db });
      await server.listen();
    },
    close: () => server.close(),
  };
}
