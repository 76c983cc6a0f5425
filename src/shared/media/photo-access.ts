import type { Role } from '../domain/roles';

/** Roles that may change any library photo's texts; anyone may change the photos they imported. */
export const PHOTO_DESK_ROLES: readonly Role[] = ['photographer', 'editor', 'managing_editor', 'editor_in_chief', 'admin'];

export const mayEditLibraryPhoto = (actor: { id: string; roles: readonly Role[] }, photo: { importedBy: { id: string } | null }): boolean =>
  actor.roles.some((role) => PHOTO_DESK_ROLES.includes(role)) || photo.importedBy?.id === actor.id;
