import type { ArticleFields } from '../../shared/domain/article';
import type { ArticleStatus } from '../../shared/domain/article-status';
import type { NoteState, StoryState } from '../../shared/sync/wire';
import type { StoryWorkflow } from '../../shared/workflow/transition-effects';
import type { SqlQueryable } from '../db/sql-client';

/** The stored fields of a story: every field present (the laptop's store fills the same defaults). */
export type StoryFields = Required<ArticleFields>;

interface StoryRow {
  id: string;
  version: number;
  status: ArticleStatus;
  fields: StoryFields;
  created_by: string | null;
  holder_id: string | null;
  publish_at: Date | null;
  published_at: Date | null;
  created_at: Date;
  updated_at: Date;
  deleted_at: Date | null;
}

const iso = (date: Date | null): string | null => (date ? date.toISOString() : null);

const toStory = (row: StoryRow): StoryState => ({
  id: row.id,
  ...row.fields,
  status: row.status,
  version: row.version,
  createdAt: row.created_at.toISOString(),
  updatedAt: row.updated_at.toISOString(),
  createdBy: row.created_by,
  holderId: row.holder_id,
  publishAt: iso(row.publish_at),
  publishedAt: iso(row.published_at),
  deletedAt: iso(row.deleted_at),
});

/** Fills the optional fields as the laptop's store does, so both sides hold the same record. */
export const completeFields = (fields: ArticleFields): StoryFields => ({
  headline: fields.headline,
  sapo: fields.sapo,
  body: fields.body,
  category: fields.category,
  bylineLabel: fields.bylineLabel ?? '',
  authors: fields.authors ?? [],
  place: fields.place ?? '',
  keywords: fields.keywords ?? [],
  slug: fields.slug ?? '',
});

export const fieldsOf = (story: StoryState): StoryFields =>
  completeFields({
    headline: story.headline,
    sapo: story.sapo,
    body: story.body,
    category: story.category,
    bylineLabel: story.bylineLabel,
    authors: story.authors,
    place: story.place,
    keywords: story.keywords,
    slug: story.slug,
  });

/**
 * The server's copy of stories and notes, in the caller's transaction. Every write bumps the
 * story's version by one: the server's versions are the ones every laptop ends up with.
 */
export function storyRecords(tx: SqlQueryable) {
  return {
    /** The story (deleted ones too), locked for the rest of the transaction; null if unknown. */
    async lock(id: string): Promise<StoryState | null> {
      const [row] = await tx.query<StoryRow>('SELECT * FROM stories WHERE id = $1 FOR UPDATE', [id]);
      return row ? toStory(row) : null;
    },
    async find(id: string): Promise<StoryState | null> {
      const [row] = await tx.query<StoryRow>('SELECT * FROM stories WHERE id = $1', [id]);
      return row ? toStory(row) : null;
    },
    async create(id: string, fields: StoryFields, createdBy: string, now: Date): Promise<StoryState> {
      const [row] = await tx.query<StoryRow>(
        `INSERT INTO stories (id, version, status, fields, created_by, holder_id, created_at, updated_at)
         VALUES ($1, 1, 'draft', $2, $3, NULL, $4, $4) RETURNING *`,
        [id, fields, createdBy, now],
      );
      return toStory(row as StoryRow);
    },
    async writeFields(id: string, fields: StoryFields, now: Date): Promise<StoryState> {
      const [row] = await tx.query<StoryRow>(
        'UPDATE stories SET fields = $2, version = version + 1, updated_at = $3 WHERE id = $1 RETURNING *',
        [id, fields, now],
      );
      return toStory(row as StoryRow);
    },
    async writeWorkflow(id: string, state: StoryWorkflow, now: Date): Promise<StoryState> {
      const [row] = await tx.query<StoryRow>(
        `UPDATE stories SET status = $2, holder_id = $3, publish_at = $4, published_at = $5, version = version + 1, updated_at = $6
          WHERE id = $1 RETURNING *`,
        [id, state.status, state.holderId, state.publishAt, state.publishedAt, now],
      );
      return toStory(row as StoryRow);
    },
    async setDeleted(id: string, deleted: boolean, now: Date): Promise<StoryState> {
      const [row] = await tx.query<StoryRow>(
        'UPDATE stories SET deleted_at = $2, version = version + 1, updated_at = $3 WHERE id = $1 RETURNING *',
        [id, deleted ? now : null, now],
      );
      return toStory(row as StoryRow);
    },
    /** Adds a note; a note already there (same id) is left as it is. */
    async addNote(note: { id: string; storyId: string; authorId: string; body: string }, now: Date): Promise<NoteState> {
      await tx.query(
        'INSERT INTO notes (id, story_id, author_id, body, created_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (id) DO NOTHING',
        [note.id, note.storyId, note.authorId, note.body, now],
      );
      const [row] = await tx.query<{ id: string; story_id: string; author_id: string; body: string; created_at: Date }>(
        'SELECT * FROM notes WHERE id = $1',
        [note.id],
      );
      if (!row) throw new Error(`note ${note.id} vanished`);
      return { id: row.id, articleId: row.story_id, authorId: row.author_id, body: row.body, createdAt: row.created_at.toISOString() };
    },
  };
}

export type StoryRecords = ReturnType<typeof storyRecords>;
