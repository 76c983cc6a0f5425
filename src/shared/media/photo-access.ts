import type { Role } from '../domain/roles';

/** Who is editing a photo, as the rule and its refusal need to know them. */
export interface PhotoEditor {
  id: string;
  username: string;
  roles: readonly Role[];
}

/** Roles that edit any photo's own text in the library (Kho ảnh). */
export const PHOTO_EDITOR_ROLES: readonly Role[] = ['photographer', 'editor', 'managing_editor', 'editor_in_chief', 'admin'];

/**
 * Who may change a library photo's caption, credit, alt text and keywords: the photo desk and the
 * editors, and whoever imported that photo (a reporter captions the photos they brought in).
 * The core checks it on every `media.update`; the photo desk uses it to offer editing.
 */
export function mayEditLibraryPhoto(user: { id: string; roles: readonly Role[] }, photo: { importedBy: { id: string } | null }): boolean {
  return user.roles.some((role) => PHOTO_EDITOR_ROLES.includes(role)) || photo.importedBy?.id === user.id;
}
