import type { Database } from 'better-sqlite3';
import type { Note } from '../../../shared/domain/note';
import type { Clock } from '../../../shared/clock';
import { newId } from '../../../shared/ids';

interface NoteRow {
  id: string;
  article_id: string;
  author_id: string;
  body: string;
  created_at: string;
}

const toNote = (row: NoteRow): Note => ({
  id: row.id,
  articleId: row.article_id,
  authorId: row.author_id,
  body: row.body,
  createdAt: row.created_at,
});

/** The editorial thread on a story. Notes are appended, never edited: they are the desk's memory. */
export interface NoteStore {
  add(articleId: string, authorId: string, body: string): Note;
  forArticle(articleId: string): Note[];
}

/** `onAdded` runs inside the transaction that adds a note (the search index re-reads the notes). */
export function createNoteStore(db: Database, clock: Clock, onAdded: (articleId: string) => void = () => {}): NoteStore {
  const insert = db.prepare<[NoteRow]>(
    'INSERT INTO notes (id, article_id, author_id, body, created_at) VALUES (@id, @article_id, @author_id, @body, @created_at)',
  );
  const byArticle = db.prepare<[string], NoteRow>('SELECT * FROM notes WHERE article_id = ? ORDER BY created_at, id');
  const add = db.transaction((articleId: string, authorId: string, body: string): Note => {
    const row: NoteRow = { id: newId(clock), article_id: articleId, author_id: authorId, body, created_at: clock.now().toISOString() };
    insert.run(row);
    onAdded(articleId);
    return toNote(row);
  });
  return {
    add: (articleId, authorId, body) => add.immediate(articleId, authorId, body),
    forArticle: (articleId) => byArticle.all(articleId).map(toNote),
  };
}
