/** Newsroom roles. A user holds one or more. */
export const ROLES = [
  'reporter',
  'photographer',
  'editor',
  'managing_editor',
  'editor_in_chief',
  'admin',
] as const;

export type Role = (typeof ROLES)[number];

/** Roles that may edit other people's stories on the desk. */
export const DESK_ROLES: readonly Role[] = ['editor', 'managing_editor', 'editor_in_chief'];

/** Roles that may take a story over from the editor who holds it. */
export const SENIOR_ROLES: readonly Role[] = ['managing_editor', 'editor_in_chief'];

/** Roles that manage accounts and publishing destinations. */
export const ADMIN_ROLES: readonly Role[] = ['admin'];
