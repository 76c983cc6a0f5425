import type { Clock } from '../../shared/clock';
import type { Role } from '../../shared/domain/roles';
import { usernameKey, type User } from '../../shared/domain/user';
import { forbiddenError, notFoundError, unauthenticatedError, validationError } from '../../shared/errors';
import { newId } from '../../shared/ids';
import { decoyHash, hashPassword, needsRehash, verifyPassword } from '../../shared/node/password';
import type { SqlClient, SqlQueryable } from '../db/sql-client';
import type { ServerSignInThrottle } from './throttle-store';

/** An account on the server is a laptop's user: the same shape, the same roles. */
export type Account = User;

export interface NewAccount {
  username: string;
  displayName: string;
  initials: string;
  roles: Role[];
  password: string;
}

interface AccountRow {
  id: string;
  username: string;
  display_name: string;
  initials: string;
  roles: Role[];
  password_hash: string;
  disabled_at: Date | null;
  version: number;
}

const toAccount = (row: AccountRow): Account => ({
  id: row.id,
  username: row.username,
  displayName: row.display_name,
  initials: row.initials,
  roles: row.roles,
  disabled: row.disabled_at !== null,
  version: row.version,
});

const COLUMNS = 'id, username, display_name, initials, roles, password_hash, disabled_at, version';

export interface AccountStore {
  count(): Promise<number>;
  create(account: NewAccount, actorId: string | null): Promise<Account>;
  /** The first account (admin + editor-in-chief) and the newsroom's name, only while there is none. */
  createFirst(account: Omit<NewAccount, 'roles'>, newsroomName: string): Promise<Account>;
  /** The account if it exists and is not disabled: what a session may act as. */
  findActive(id: string): Promise<Account | null>;
  get(id: string): Promise<Account>;
  /** Throws `unauthenticated` (wrong name or password, or disabled) or `rate_limited`. */
  authenticate(username: string, password: string): Promise<Account>;
}

export function createAccountStore(db: SqlClient, clock: Clock, throttle: ServerSignInThrottle): AccountStore {
  async function insert(tx: SqlQueryable, account: NewAccount, hash: string, actorId: string | null): Promise<Account> {
    const key = usernameKey(account.username);
    const now = clock.now();
    const id = newId(clock);
    const inserted = await tx.query<AccountRow>(
      `INSERT INTO accounts (id, username, username_key, display_name, initials, roles, password_hash, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) ON CONFLICT (username_key) DO NOTHING RETURNING ${COLUMNS}`,
      [id, account.username.trim(), key, account.displayName, account.initials, account.roles, hash, now],
    );
    const row = inserted[0];
    if (!row) throw validationError(`The user name ${account.username} is taken`, [{ path: 'username', message: 'taken' }]);
    await tx.query('INSERT INTO audit (at, account_id, action, details) VALUES ($1, $2, $3, $4)', [
      now,
      actorId,
      'account.create',
      { accountId: id, roles: account.roles },
    ]);
    return toAccount(row);
  }

  const selectById = async (id: string) => (await db.query<AccountRow>(`SELECT ${COLUMNS} FROM accounts WHERE id = $1`, [id]))[0];

  return {
    async count() {
      const [row] = await db.query<{ count: string | number }>('SELECT count(*) AS count FROM accounts');
      return Number(row?.count ?? 0);
    },
    async create(account, actorId) {
      const hash = await hashPassword(account.password);
      return db.transaction((tx) => insert(tx, account, hash, actorId));
    },
    async createFirst(account, newsroomName) {
      const hash = await hashPassword(account.password);
      return db.transaction(async (tx) => {
        // The newsroom row is the gate: two instances racing through setup cannot both insert it.
        const created = await tx.query('INSERT INTO newsroom (name, created_at) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING id', [
          newsroomName,
          clock.now(),
        ]);
        if (created.length === 0) throw forbiddenError('This newsroom is already set up');
        return insert(tx, { ...account, roles: ['admin', 'editor_in_chief'] }, hash, null);
      });
    },
    async findActive(id) {
      const row = await selectById(id);
      return row && row.disabled_at === null ? toAccount(row) : null;
    },
    async get(id) {
      const row = await selectById(id);
      if (!row) throw notFoundError(`Account ${id} does not exist`);
      return toAccount(row);
    },
    async authenticate(username, password) {
      const key = usernameKey(username);
      await throttle.check(key);
      const [row] = await db.query<AccountRow>(`SELECT ${COLUMNS} FROM accounts WHERE username_key = $1`, [key]);
      const matches = await verifyPassword(password, row?.password_hash ?? (await decoyHash()));
      if (!row || !matches || row.disabled_at !== null) {
        await throttle.recordFailure(key);
        throw unauthenticatedError('Wrong user name or password');
      }
      await throttle.recordSuccess(key);
      if (needsRehash(row.password_hash)) {
        // Not an edit of the account (no version bump), and only if no one changed the hash meanwhile.
        await db.query('UPDATE accounts SET password_hash = $1 WHERE id = $2 AND password_hash = $3', [
          await hashPassword(password),
          row.id,
          row.password_hash,
        ]);
      }
      return toAccount(row);
    },
  };
}
