import type { Database } from 'better-sqlite3';
import type { Role } from '../../../shared/domain/roles';
import { usernameKey, type Colleague, type User } from '../../../shared/domain/user';
import { conflictError, forbiddenError, notFoundError, unauthenticatedError, validationError } from '../../../shared/errors';
import type { AuditLog } from '../audit/audit-log';
import type { Clock } from '../../../shared/clock';
import { newId } from '../../../shared/ids';
import { decoyHash, hashPassword, needsRehash, verifyPassword } from '../../../shared/node/password';
import type { SignInThrottle } from './sign-in-throttle';
import { keepsOwnAdminRights } from '../../../shared/users/account-rules';

interface UserRow {
  id: string;
  username: string;
  display_name: string;
  initials: string;
  roles_json: string;
  password_hash: string;
  disabled_at: string | null;
  version: number;
}

const toUser = (row: UserRow): User => ({
  id: row.id,
  username: row.username,
  displayName: row.display_name,
  initials: row.initials,
  roles: JSON.parse(row.roles_json) as Role[],
  disabled: row.disabled_at !== null,
  version: row.version,
});


export interface NewUser {
  username: string;
  displayName: string;
  initials: string;
  roles: Role[];
  password: string;
}

export interface UserPatch {
  displayName?: string | undefined;
  initials?: string | undefined;
  roles?: Role[] | undefined;
  disabled?: boolean | undefined;
}

export interface UserStore {
  count(): number;
  create(user: NewUser, actorId: string | null): Promise<User>;
  /**
   * First run: creates the first user, only while there is none (checked in the same transaction
   * as the insert, so two windows racing through setup cannot both succeed), and runs `alsoDo`
   * in that transaction.
   */
  createFirst(user: NewUser, alsoDo: () => void): Promise<User>;
  update(id: string, expectedVersion: number, patch: UserPatch, actorId: string): User;
  setPassword(id: string, password: string, actorId: string): Promise<void>;
  get(id: string): User;
  /** The user if they exist and are not disabled: what a session may act as. */
  findActive(id: string): User | null;
  list(): User[];
  colleagues(): Colleague[];
  /** Throws `unauthenticated` (wrong name or password, or disabled) or `rate_limited`. */
  authenticate(username: string, password: string): Promise<User>;
}

export function createUserStore(db: Database, clock: Clock, audit: AuditLog, throttle: SignInThrottle): UserStore {
  const selectById = db.prepare<[string], UserRow>('SELECT * FROM users WHERE id = ?');
  const selectByKey = db.prepare<[string], UserRow>('SELECT * FROM users WHERE username_key = ?');
  const selectAll = db.prepare<[], UserRow>('SELECT * FROM users ORDER BY display_name');
  const countAll = db.prepare<[], number>('SELECT count(*) FROM users').pluck();
  const insert = db.prepare(
    `INSERT INTO users (id, username, username_key, display_name, initials, roles_json, password_hash, created_at, updated_at)
     VALUES (@id, @username, @key, @displayName, @initials, @roles, @hash, @now, @now)`,
  );
  const write = db.prepare(
    `UPDATE users SET display_name = @displayName, initials = @initials, roles_json = @roles,
       disabled_at = @disabledAt, version = version + 1, updated_at = @now WHERE id = @id`,
  );
  const writeHash = db.prepare('UPDATE users SET password_hash = ?, version = version + 1, updated_at = ? WHERE id = ?');
  // An upgrade of the hash's form is not an edit of the user: no version bump (an admin editing the
  // user meanwhile would get a needless conflict), and only if the hash is still the one verified.
  const upgradeHash = db.prepare<[string, string, string]>('UPDATE users SET password_hash = ? WHERE id = ? AND password_hash = ?');

  const requireRow = (id: string): UserRow => {
    const row = selectById.get(id);
    if (!row) throw notFoundError(`User ${id} does not exist`);
    return row;
  };

  const insertFirst = db.transaction((user: NewUser, hash: string, alsoDo: () => void): User => {
    if ((countAll.get() ?? 0) > 0) throw forbiddenError('This newsroom is already set up');
    const created = insertUser(user, hash, null);
    alsoDo();
    return created;
  });

  function insertUser(user: NewUser, hash: string, actorId: string | null): User {
    const key = usernameKey(user.username);
    if (selectByKey.get(key)) {
      throw validationError(`The user name ${user.username} is taken`, [{ path: 'username', message: 'taken' }]);
    }
    const now = clock.now().toISOString();
    const id = newId(clock);
    insert.run({ id, username: user.username.trim(), key, displayName: user.displayName, initials: user.initials, roles: JSON.stringify(user.roles), hash, now });
    audit.append({ at: now, userId: actorId, action: 'user.create', details: { userId: id, roles: user.roles } });
    return toUser(requireRow(id));
  }
  const insertUserTransaction = db.transaction(insertUser);

  const updateUser = db.transaction((id: string, expectedVersion: number, patch: UserPatch, actorId: string): User => {
    const row = requireRow(id);
    if (!keepsOwnAdminRights(actorId, id, patch)) {
      throw forbiddenError('Admins cannot disable themselves or drop their own admin role');
    }
    if (row.version !== expectedVersion) throw conflictError(`User ${id} changed meanwhile`, row.version);
    const current = toUser(row);
    const now = clock.now().toISOString();
    const disabled = patch.disabled ?? current.disabled;
    write.run({
      id,
      displayName: patch.displayName ?? current.displayName,
      initials: patch.initials ?? current.initials,
      roles: JSON.stringify(patch.roles ?? current.roles),
      disabledAt: disabled ? (row.disabled_at ?? now) : null,
      now,
    });
    audit.append({ at: now, userId: actorId, action: 'user.update', details: { userId: id, ...patch } });
    return toUser(requireRow(id));
  });

  return {
    count: () => countAll.get() ?? 0,
    async create(user, actorId) {
      return insertUserTransaction.immediate(user, await hashPassword(user.password), actorId);
    },
    async createFirst(user, alsoDo) {
      return insertFirst.immediate(user, await hashPassword(user.password), alsoDo);
    },
    update: (id, expectedVersion, patch, actorId) => updateUser.immediate(id, expectedVersion, patch, actorId),
    async setPassword(id, password, actorId) {
      requireRow(id);
      const hash = await hashPassword(password);
      const now = clock.now().toISOString();
      db.transaction(() => {
        writeHash.run(hash, now, id);
        audit.append({ at: now, userId: actorId, action: 'user.password', details: { userId: id } });
      }).immediate();
    },
    get: (id) => toUser(requireRow(id)),
    findActive(id) {
      const row = selectById.get(id);
      return row && row.disabled_at === null ? toUser(row) : null;
    },
    list: () => selectAll.all().map(toUser),
    colleagues: () =>
      selectAll.all().map(toUser).map(({ id, displayName, initials, roles, disabled }) => ({ id, displayName, initials, roles, disabled })),
    async authenticate(username, password) {
      const key = usernameKey(username);
      throttle.check(key);
      const row = selectByKey.get(key);
      const matches = await verifyPassword(password, row?.password_hash ?? (await decoyHash()));
      if (!row || !matches || row.disabled_at !== null) {
        throttle.recordFailure(key);
        throw unauthenticatedError('Wrong user name or password');
      }
      throttle.recordSuccess(key);
      if (needsRehash(row.password_hash)) upgradeHash.run(await hashPassword(password), row.id, row.password_hash);
      return toUser(row);
    },
  };
}
