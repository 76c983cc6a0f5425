import { z } from 'zod';
import { ADMIN_ROLES, ROLES } from '../../domain/roles';
import type { Colleague, User } from '../../domain/user';
import { nfc } from '../../text/nfc';
import { call, Id, text, Version } from '../call-spec';

const Username = z
  .string()
  .transform(nfc)
  .pipe(z.string().trim().min(3).max(50).regex(/^[\p{L}\p{N}._-]+$/u, 'letters, digits, dot, dash, underscore'));
/** Long passphrases welcome; 8 characters at least. Never trimmed or normalized beyond NFC. */
const Password = z.string().min(8).max(200);
const Roles = z.array(z.enum(ROLES)).min(1).max(ROLES.length);

/** A new account; first-run setup (setup.ts) takes the same fields but the roles. */
export const NewUserSchema = z.strictObject({
  username: Username,
  displayName: text(1, 100),
  initials: text(1, 30),
  roles: Roles,
  password: Password,
});

/** Accounts: the admin manages them; everyone sees their colleagues' names. */
export const usersCalls = {
  'users.list': call(z.strictObject({})).returns<User[]>().access(ADMIN_ROLES),
  'users.colleagues': call(z.strictObject({})).returns<Colleague[]>().access('signed-in'),
  'users.create': call(NewUserSchema).returns<User>().access(ADMIN_ROLES),
  'users.update': call(
    z.strictObject({
      id: Id,
      expectedVersion: Version,
      displayName: text(1, 100).optional(),
      initials: text(1, 30).optional(),
      roles: Roles.optional(),
      disabled: z.boolean().optional(),
    }),
  )
    .returns<User>()
    .access(ADMIN_ROLES),
  'users.setPassword': call(z.strictObject({ id: Id, password: Password })).returns<{ id: string }>().access(ADMIN_ROLES),
};
