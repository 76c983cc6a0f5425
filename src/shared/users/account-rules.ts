/**
 * Whether an admin's change to an account leaves them able to administer: nobody may disable
 * their own account or drop their own admin role (the newsroom could be left with no admin).
 * The user store applies it inside the update's transaction; the admin screen may use it too.
 */
export function keepsOwnAdminRights(
  actorId: string,
  targetId: string,
  patch: { disabled?: boolean | undefined; roles?: readonly string[] | undefined },
): boolean {
  if (actorId !== targetId) return true;
  return !patch.disabled && (patch.roles === undefined || patch.roles.includes('admin'));
}
