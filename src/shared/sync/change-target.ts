import type { PushedChange } from './wire';

/** The story a change acts on: the story itself, or the story a note is added to. */
export function storyIdOf(change: PushedChange): string {
  switch (change.call) {
    case 'articles.create':
      return change.entityId;
    case 'articles.save':
      return change.input.story?.id ?? change.entityId;
    case 'articles.delete':
    case 'articles.restore':
      return change.input.id;
    case 'workflow.transition':
    case 'notes.add':
      return change.input.articleId;
  }
}

/**
 * Whether the change's `entityId` is the record its input names (a story's own calls), so nobody
 * can push a call on one story filed under another's id. A new story's and a note's id are the
 * laptop's, so any id is theirs.
 */
export function namesItsRecord(change: PushedChange): boolean {
  return change.entity === 'note' || storyIdOf(change) === change.entityId;
}
