import { resolve } from 'node:path';

/** How the server is run, read once from the environment at start (12-factor: nothing else). */
export interface ServerConfig {
  /** A real PostgreSQL; absent: the embedded PGlite in `dataDir`. */
  databaseUrl: string | undefined;
  /** PGlite's folder (used only without `databaseUrl`). */
  dataDir: string;
  host: string;
  /** 0: any free port (tests). */
  port: number;
  /** How long a sign-in lasts without being renewed. */
  sessionDays: number;
}

export class ServerConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ServerConfigError';
  }
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ServerConfigError(`${name} must be a whole number from ${min} to ${max}, not "${text}"`);
  }
  return value;
}

export function readServerConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ServerConfigError('DATABASE_URL must be a postgres:// or postgresql:// address');
  }
  return {
    databaseUrl,
    dataDir: resolve(env.NEWSDESK_DATA_DIR?.trim() || 'newsdesk-server-data'),
    // Loopback by default: in production a TLS reverse proxy sits in front (README, Deployment).
    host: env.HOST?.trim() || '127.0.0.1',
    port: integer(env, 'PORT', 8080, 0, 65_535),
    sessionDays: integer(env, 'NEWSDESK_SESSION_DAYS', 30, 1, 365),
  };
}
