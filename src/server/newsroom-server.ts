import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { systemClock, type Clock } from '../shared/clock';
import type { Logger } from '../shared/node/logger';
import { createAccountStore, type AccountStore } from './accounts/account-store';
import { createSessionStore, type SessionStore } from './accounts/session-store';
import { createServerSignInThrottle } from './accounts/throttle-store';
import { listenForChanges } from './changes/change-feed';
import type { ServerConfig } from './config';
import { migrateServer } from './db/migrate';
import { SERVER_MIGRATIONS } from './db/migrations';
import { openSqlClient } from './db/open-sql-client';
import type { SqlClient } from './db/sql-client';
import { createRequestHandler } from './http/routes';

export interface NewsroomServer {
  readonly db: SqlClient;
  readonly accounts: AccountStore;
  readonly sessions: SessionStore;
  /** Called with the newest `seq` whenever any instance on this database commits changes. */
  onChanges(listener: (latestSeq: number) => void): () => void;
  /** Starts the HTTP API; resolves with its address (port 0 picks a free one). */
  listen(): Promise<{ url: string; port: number }>;
  close(): Promise<void>;
}

export interface ServerOptions {
  config: ServerConfig;
  logger: Logger;
  clock?: Clock;
  /** An already open database (tests share one PGlite); otherwise opened from `config`. */
  db?: SqlClient;
}

/**
 * The composition root of the newsroom server: database, migrations (under the advisory lock),
 * stores, the change announcements and the HTTP API. It keeps no state of its own beyond
 * connections: everything is in PostgreSQL, so any number of instances can share one database.
 */
export async function openNewsroomServer({ config, logger, clock = systemClock, db: given }: ServerOptions): Promise<NewsroomServer> {
  const db = given ?? (await openSqlClient(config));
  try {
    await migrateServer(db, SERVER_MIGRATIONS, logger);
  } catch (error) {
    if (!given) await db.close();
    throw error;
  }
  const accounts = createAccountStore(db, clock, createServerSignInThrottle(db, clock));
  const sessions = createSessionStore(db, clock, accounts, config.sessionDays);

  const changeListeners = new Set<(latestSeq: number) => void>();
  const stopListening = await listenForChanges(db, (latestSeq) => {
    for (const listener of changeListeners) listener(latestSeq);
  });

  const onChanges = (listener: (latestSeq: number) => void) => {
    changeListeners.add(listener);
    return () => void changeListeners.delete(listener);
  };

  let http: Server | null = null;
  return {
    db,
    accounts,
    sessions,
    onChanges,
    listen() {
      const server = createServer(createRequestHandler({ db, accounts, sessions, logger, clock, onChanges }));
      http = server;
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(config.port, config.host, () => {
          const { port } = server.address() as AddressInfo;
          const host = config.host.includes(':') ? `[${config.host}]` : config.host;
          logger.info('newsroom server listening', { host: config.host, port, database: db.kind });
          resolve({ url: `http://${host}:${port}`, port });
        });
      });
    },
    async close() {
      if (http) {
        const server = http;
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
      }
      await stopListening();
      if (!given) await db.close();
    },
  };
}
