import type { ArticleStatus } from '../domain/article-status';
import type { Role } from '../domain/roles';

/**
 * The newsroom workflow as one table: which role may take which action from which state, and
 * under which condition. The core enforces it inside the transaction that changes the state, the
 * router checks it before a call reaches the core, the UI derives its buttons from it and the tests
 * walk every (role × state × action) through it. Nothing else decides who may move a story.
 */

export const WORKFLOW_ACTIONS = [
  'submit',
  'claim',
  'takeover',
  'return',
  'approve',
  'schedule',
  'unschedule',
  'publish',
  'unpublish',
  'correct',
  'spike',
  'restore',
] as const;

export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

/**
 * - `author`: the user who created the story.
 * - `holder`: the user who claimed it for editing.
 * - `other-holder`: somebody else holds it (takeover).
 */
export type Condition = 'author' | 'holder' | 'other-holder';

export interface Transition {
  action: WorkflowAction;
  from: readonly ArticleStatus[];
  to: ArticleStatus;
  roles: readonly Role[];
  condition?: Condition;
}

const DESK: readonly Role[] = ['editor', 'managing_editor', 'editor_in_chief'];
const SENIOR: readonly Role[] = ['managing_editor', 'editor_in_chief'];
const WRITERS: readonly Role[] = ['reporter', 'photographer', ...DESK];

export const TRANSITIONS: readonly Transition[] = [
  { action: 'submit', from: ['draft', 'returned'], to: 'submitted', roles: WRITERS, condition: 'author' },
  { action: 'claim', from: ['submitted'], to: 'editing', roles: DESK },
  { action: 'takeover', from: ['editing'], to: 'editing', roles: SENIOR, condition: 'other-holder' },
  { action: 'return', from: ['editing'], to: 'returned', roles: DESK, condition: 'holder' },
  { action: 'approve', from: ['editing'], to: 'approved', roles: DESK, condition: 'holder' },
  { action: 'schedule', from: ['approved'], to: 'scheduled', roles: SENIOR },
  { action: 'unschedule', from: ['scheduled'], to: 'approved', roles: SENIOR },
  { action: 'publish', from: ['approved', 'scheduled'], to: 'published', roles: SENIOR },
  { action: 'unpublish', from: ['published'], to: 'unpublished', roles: ['editor_in_chief'] },
  { action: 'correct', from: ['published'], to: 'published', roles: ['editor_in_chief'] },
  { action: 'spike', from: ['draft', 'returned'], to: 'spiked', roles: WRITERS, condition: 'author' },
  { action: 'spike', from: ['submitted', 'editing', 'approved'], to: 'spiked', roles: SENIOR },
  { action: 'restore', from: ['spiked'], to: 'draft', roles: SENIOR },
];

/** What the rules need to know about a story. */
export interface StoryFacts {
  status: ArticleStatus;
  createdBy: string | null;
  holderId: string | null;
}

/** What the rules need to know about the person acting. */
export interface Actor {
  id: string;
  roles: readonly Role[];
}

function conditionHolds(condition: Condition | undefined, actor: Actor, story: StoryFacts): boolean {
  switch (condition) {
    case undefined:
      return true;
    case 'author':
      return story.createdBy === actor.id;
    case 'holder':
      return story.holderId === actor.id;
    case 'other-holder':
      return story.holderId !== null && story.holderId !== actor.id;
  }
}

/** The transition this actor may take with this action on this story, or null. */
export function findTransition(action: WorkflowAction, actor: Actor, story: StoryFacts): Transition | null {
  return (
    TRANSITIONS.find(
      (transition) =>
        transition.action === action &&
        transition.from.includes(story.status) &&
        transition.roles.some((role) => actor.roles.includes(role)) &&
        conditionHolds(transition.condition, actor, story),
    ) ?? null
  );
}

/** The actions to offer as buttons, in the table's order. */
export function availableActions(actor: Actor, story: StoryFacts): WorkflowAction[] {
  return WORKFLOW_ACTIONS.filter((action) => findTransition(action, actor, story) !== null);
}

/** Whether any role of the actor could ever take the action (the router's coarse check). */
export function mayEverTake(action: WorkflowAction, roles: readonly Role[]): boolean {
  return TRANSITIONS.some((transition) => transition.action === action && transition.roles.some((role) => roles.includes(role)));
}

/** Actions that must carry an editorial note (the reporter needs to know why). */
export const ACTIONS_REQUIRING_NOTE: readonly WorkflowAction[] = ['return'];

/**
 * Who may change a story's text: its author while it is a draft or returned, the editor holding it
 * while it is being edited, and the editor-in-chief on a published story (to prepare a correction;
 * the published snapshot does not change until the correction is issued).
 */
export function mayEditContent(actor: Actor, story: StoryFacts): boolean {
  switch (story.status) {
    case 'draft':
    case 'returned':
      return story.createdBy === actor.id;
    case 'editing':
      return story.holderId === actor.id;
    case 'published':
      return actor.roles.includes('editor_in_chief');
    default:
      return false;
  }
}

/** Who may move a story to the trash: its author, and only while it is a draft nobody else has seen. */
export const mayDeleteStory = (actor: Actor, story: StoryFacts): boolean =>
  story.status === 'draft' && story.createdBy === actor.id;

/** Who may bring a story back from the trash: its author. */
export const mayRestoreStory = (actor: Actor, story: StoryFacts): boolean => story.createdBy === actor.id;

/** States in which a photographer may fix photos' captions, credits and alt text in any story. */
const PHOTO_EDITABLE_STATES: readonly ArticleStatus[] = ['draft', 'submitted', 'editing', 'returned', 'approved', 'scheduled'];

/**
 * Whether the actor may change only photos' captions, credits and alt texts in this story (the
 * photographer's right in any story that is not published), even where they may not edit its text.
 */
export const mayEditPhotoText = (actor: Actor, story: StoryFacts): boolean =>
  actor.roles.includes('photographer') && PHOTO_EDITABLE_STATES.includes(story.status);

/** Roles that may start a story. */
export const ROLES_THAT_WRITE: readonly Role[] = WRITERS;
