import { contract, type AccessRule } from '../../shared/contract/contract';
import { checkPlainInput } from '../../shared/contract/plain-input';
import type { User } from '../../shared/domain/user';
import { AppError } from '../../shared/errors';
import { newId } from '../../shared/ids';
import { namesItsRecord, storyIdOf } from '../../shared/sync/change-target';
import type { SyncRefusal } from '../../shared/sync/refusals';
import { PushedChangeSchema, type NoteState, type PushedChange, type StoryState } from '../../shared/sync/wire';
import { checkTransitionInputs, mayChangeText, nextWorkflowState } from '../../shared/workflow/transition-effects';
import { findTransition, mayDeleteStory, mayRestoreStory } from '../../shared/workflow/transitions';
import { completeFields, fieldsOf, type StoryRecords } from './story-records';

/** A change the server will not apply, and why: thrown inside the change's transaction (rolled back). */
export class RefusedChange extends Error {
  constructor(
    readonly reason: SyncRefusal,
    message: string,
  ) {
    super(message);
    this.name = 'RefusedChange';
  }
}

const refuse = (reason: SyncRefusal, message: string): never => {
  throw new RefusedChange(reason, message);
};

/** What an applied change left behind: the story (and the note) as everyone will pull them. */
export interface AppliedChange {
  story: StoryState;
  note: NoteState | null;
}

/**
 * The pushed change as the laptop's router would have accepted it: plain data, the call's contract
 * schema, the record it names, and the call's access rule for the pusher. Throws `RefusedChange`.
 */
export function acceptChange(raw: unknown, pusher: User): PushedChange {
  let change: PushedChange;
  try {
    checkPlainInput(raw);
    const parsed = PushedChangeSchema.safeParse(raw);
    if (!parsed.success) {
      const entity = (raw as { entity?: unknown }).entity;
      if (entity === 'doc') refuse('unsupported', 'Text documents do not sync through this server yet');
      return refuse('invalid', `The change does not pass its call's schema: ${parsed.error.issues.map((issue) => issue.path.join('.')).join(', ')}`);
    }
    change = parsed.data;
  } catch (error) {
    if (error instanceof AppError) refuse('invalid', error.message);
    throw error;
  }
  if (!namesItsRecord(change)) refuse('invalid', 'The change names one story and acts on another');
  const rule = contract[change.call].access as AccessRule<unknown>;
  const allowed = rule === 'public' || rule === 'signed-in' || (typeof rule === 'function' ? rule(pusher, change.input) : rule.some((role) => pusher.roles.includes(role)));
  if (!allowed) refuse('role', `${pusher.username} may not call ${change.call}`);
  return change;
}

const live = async (records: StoryRecords, id: string): Promise<StoryState> => {
  const story = await records.lock(id);
  if (!story || story.deletedAt !== null) return refuse('missing', `Story ${id} is not on the server`);
  return story;
};

/**
 * Applies one accepted change to the server's current records, checking the workflow table and
 * the editing rules against the server's state of the story (not the laptop's): the server is the
 * authority. Runs in the caller's transaction; throws `RefusedChange` to refuse.
 */
export async function applyChange(records: StoryRecords, change: PushedChange, pusher: User, now: Date): Promise<AppliedChange> {
  const storyId = storyIdOf(change);
  switch (change.call) {
    case 'articles.create':
      return { story: await createStory(records, storyId, completeFields(change.input), pusher, now), note: null };
    case 'articles.save': {
      const { story, fields } = change.input;
      if (story === null) return { story: await createStory(records, storyId, completeFields(fields ?? refuse('invalid', 'A new story needs its fields')), pusher, now), note: null };
      return { story: await writeText(records, storyId, fields ?? {}, pusher, now), note: null };
    }
    case 'articles.delete': {
      const current = await live(records, storyId);
      if (!mayDeleteStory(pusher, current)) refuse('state', 'Only the author may delete a story, and only while it is a draft');
      return { story: await records.setDeleted(storyId, true, now), note: null };
    }
    case 'articles.restore': {
      const current = (await records.lock(storyId)) ?? refuse('missing', `Story ${storyId} is not on the server`);
      if (current.deletedAt === null) refuse('state', 'The story is not in the trash');
      if (!mayRestoreStory(pusher, current)) refuse('state', 'Only the author may bring back a deleted story');
      return { story: await records.setDeleted(storyId, false, now), note: null };
    }
    case 'workflow.transition':
      return transition(records, change, pusher, now);
    case 'notes.add': {
      const story = await live(records, storyId);
      const note = await records.addNote({ id: change.entityId, storyId, authorId: pusher.id, body: change.input.body }, now);
      return { story, note };
    }
  }
}

async function createStory(records: StoryRecords, id: string, fields: ReturnType<typeof completeFields>, pusher: User, now: Date): Promise<StoryState> {
  if (await records.lock(id)) refuse('invalid', `Story ${id} exists already`);
  return records.create(id, fields, pusher.id, now);
}

/** A text change: whoever may edit the story now on the server (its author in a draft, its holder while edited). */
async function writeText(records: StoryRecords, id: string, patch: Partial<ReturnType<typeof completeFields>>, pusher: User, now: Date): Promise<StoryState> {
  const current = await live(records, id);
  if (!mayChangeText(pusher, current, patch)) refuse('state', `${pusher.username} may not edit this story while it is ${current.status}`);
  if (Object.keys(patch).length === 0) return current;
  const fields = { ...fieldsOf(current), ...Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) };
  return records.writeFields(id, completeFields(fields), now);
}

async function transition(records: StoryRecords, change: Extract<PushedChange, { call: 'workflow.transition' }>, pusher: User, now: Date): Promise<AppliedChange> {
  const request = change.input;
  const current = await live(records, request.articleId);
  const rule = findTransition(request.action, pusher, current);
  if (!rule) refuse('state', `${pusher.username} may not ${request.action} a story that is ${current.status} on the server`);
  try {
    checkTransitionInputs(request, now);
  } catch (error) {
    if (error instanceof AppError) refuse('state', error.message);
    throw error;
  }
  const story = await records.writeWorkflow(current.id, nextWorkflowState(request, (rule as NonNullable<typeof rule>).to, current, pusher.id, now.toISOString()), now);
  const body = request.note?.trim();
  const note = body ? await records.addNote({ id: change.noteId ?? newId({ now: () => now }), storyId: current.id, authorId: pusher.id, body }, now) : null;
  return { story, note };
}
