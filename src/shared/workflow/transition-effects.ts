import type { ArticleFields } from '../domain/article';
import type { ArticleStatus } from '../domain/article-status';
import { validationError } from '../errors';
import { onlyPhotoTextChanges } from '../editor/photo-text';
import { ACTIONS_REQUIRING_NOTE, mayEditContent, mayEditPhotoText, type Actor, type StoryFacts, type WorkflowAction } from './transitions';

/**
 * What a workflow action does to a story besides its state, and the checks on its inputs: shared
 * by the laptop's workflow service and the newsroom server, which applies pushed transitions on
 * its own copy of the story.
 */

/** What every workflow move sets on a story (the laptop keeps more bookkeeping beside it). */
export interface StoryWorkflow {
  status: ArticleStatus;
  holderId: string | null;
  publishAt: string | null;
  publishedAt: string | null;
}

export interface TransitionInputs {
  action: WorkflowAction;
  note?: string | undefined;
  publishAt?: string | undefined;
}

/** Claiming and taking over hand the story to the actor; a correction keeps the holder; the rest free it. */
const nextHolder = (action: WorkflowAction, actorId: string, current: Pick<StoryWorkflow, 'holderId'>): string | null =>
  action === 'claim' || action === 'takeover' ? actorId : action === 'correct' ? current.holderId : null;

/** The story's bookkeeping after `request` moves it to `to` at `now` (ISO). */
export function nextWorkflowState(
  request: TransitionInputs,
  to: ArticleStatus,
  current: Omit<StoryWorkflow, 'status'>,
  actorId: string,
  now: string,
): StoryWorkflow {
  return {
    status: to,
    holderId: nextHolder(request.action, actorId, current),
    publishAt: request.action === 'schedule' ? (request.publishAt ?? null) : request.action === 'unschedule' ? null : current.publishAt,
    publishedAt: request.action === 'publish' ? (current.publishedAt ?? now) : current.publishedAt,
  };
}

/** A return needs a note for the reporter; a schedule needs a time after `now`. Throws `validation`. */
export function checkTransitionInputs(request: TransitionInputs, now: Date): void {
  if (ACTIONS_REQUIRING_NOTE.includes(request.action) && !request.note?.trim()) {
    throw validationError(`"${request.action}" needs a note for the reporter`, [{ path: 'note', message: 'required' }]);
  }
  if (request.action === 'schedule') {
    const due = request.publishAt ? new Date(request.publishAt).getTime() : NaN;
    if (!(due > now.getTime())) {
      throw validationError('A schedule needs a publish time in the future', [{ path: 'publishAt', message: 'must be in the future' }]);
    }
  }
}

/**
 * Whether the actor may make this change to the story's text now: the content rule, or a
 * photographer changing only photos' captions, credits and alt texts in an unpublished story.
 */
export function mayChangeText(actor: Actor, story: StoryFacts, patch: Partial<ArticleFields>): boolean {
  if (mayEditContent(actor, story)) return true;
  return onlyPhotoTextChanges(story as unknown as Record<string, unknown>, patch) && mayEditPhotoText(actor, story);
}
