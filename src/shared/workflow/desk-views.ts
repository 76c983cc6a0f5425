import type { ArticleStatus } from '../domain/article-status';
import type { Role } from '../domain/roles';

/** The desk views of the sidebar: "mine" plus one view per desk state. */
export const DESK_VIEWS = ['mine', 'submitted', 'editing', 'approved', 'scheduled', 'published', 'spiked'] as const;
export type DeskView = (typeof DESK_VIEWS)[number];

/** The states a view lists ("mine" lists the user's own stories in every state but spiked). */
export const VIEW_STATUSES: Record<Exclude<DeskView, 'mine'>, ArticleStatus> = {
  submitted: 'submitted',
  editing: 'editing',
  approved: 'approved',
  scheduled: 'scheduled',
  published: 'published',
  spiked: 'spiked',
};

/** Which views each role works from; a user sees the union over their roles. */
const VIEWS_BY_ROLE: Record<Role, readonly DeskView[]> = {
  reporter: ['mine'],
  photographer: ['mine', 'submitted', 'editing', 'approved'],
  editor: ['mine', 'submitted', 'editing', 'approved'],
  managing_editor: ['mine', 'submitted', 'editing', 'approved', 'scheduled', 'published', 'spiked'],
  editor_in_chief: ['mine', 'submitted', 'editing', 'approved', 'scheduled', 'published', 'spiked'],
  admin: [],
};

export function deskViewsFor(roles: readonly Role[]): DeskView[] {
  return DESK_VIEWS.filter((view) => roles.some((role) => VIEWS_BY_ROLE[role].includes(view)));
}
