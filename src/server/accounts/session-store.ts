import { createHash, randomBytes } from 'node:crypto';
import type { Clock } from '../../shared/clock';
import { unauthenticatedError } from '../../shared/errors';
import type { SqlClient } from '../db/sql-client';
import type { Account, AccountStore } from './account-store';

/**
 * Sign-in sessions. A token is 32 random bytes (base64url) handed to the laptop once; the database
 * keeps only its SHA-256, so reading the database (or a backup) gives no usable token. A fast hash is
 * right here: the token has 256 bits of entropy, so there is nothing to guess, unlike a password.
 */
export interface SessionStore {
  open(accountId: string): Promise<{ token: string; expiresAt: Date }>;
  /** The active account a token belongs to; throws `unauthenticated` if it is unknown, expired or the account is disabled. */
  resolve(token: string): Promise<Account>;
  close(token: string): Promise<void>;
}

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export function createSessionStore(db: SqlClient, clock: Clock, accounts: AccountStore, sessionDays: number): SessionStore {
  return {
    async open(accountId) {
      const token = randomBytes(32).toString('base64url');
      const now = clock.now();
      const expiresAt = new Date(now.getTime() + sessionDays * 24 * 60 * 60 * 1000);
      await db.query('INSERT INTO sessions (token_hash, account_id, created_at, expires_at) VALUES ($1, $2, $3, $4)', [
        hashToken(token),
        accountId,
        now,
        expiresAt,
      ]);
      // Expired sessions go when new ones come, so the table holds only live ones (and a few days' worth).
      await db.query('DELETE FROM sessions WHERE expires_at < $1', [now]);
      return { token, expiresAt };
    },
    async resolve(token) {
      if (!TOKEN_SHAPE.test(token)) throw unauthenticatedError('Not signed in');
      const [row] = await db.query<{ account_id: string; expires_at: Date }>(
        'SELECT account_id, expires_at FROM sessions WHERE token_hash = $1',
        [hashToken(token)],
      );
      if (!row || row.expires_at.getTime() <= clock.now().getTime()) throw unauthenticatedError('Not signed in');
      // Re-read every time: a disabled or re-roled account loses its rights at once.
      const account = await accounts.findActive(row.account_id);
      if (!account) throw unauthenticatedError('Not signed in');
      return account;
    },
    async close(token) {
      if (TOKEN_SHAPE.test(token)) await db.query('DELETE FROM sessions WHERE token_hash = $1', [hashToken(token)]);
    },
  };
}
