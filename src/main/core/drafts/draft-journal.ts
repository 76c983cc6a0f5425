import { isDeepStrictEqual } from 'node:util';
import type { Database } from 'better-sqlite3';
import type { JournalEntryInput, RecoverableDraft } from '../../../shared/domain/draft';
import type { ArticleStore } from '../articles/article-store';
import type { Clock } from '../../../shared/clock';

interface JournalRow {
  user_id: string;
  draft_key: string;
  article_id: string | null;
  base_version: number | null;
  fields_json: string;
  written_at: string;
}

/** Every method is per user: each person's unsaved text is theirs alone. */
export interface DraftJournal {
  write(entry: JournalEntryInput, userId: string): { writtenAt: string };
  /** Drafts whose text differs from what the store holds: what a crash would otherwise have lost. */
  recoverable(userId: string): RecoverableDraft[];
  discard(key: string, userId: string): void;
}

const toDraft = (row: JournalRow): RecoverableDraft => ({
  key: row.draft_key,
  articleId: row.article_id,
  baseVersion: row.base_version,
  fields: JSON.parse(row.fields_json) as RecoverableDraft['fields'],
  writtenAt: row.written_at,
});

/**
 * One row per open editor, overwritten in place. It is a separate table from articles so writing it
 * never bumps a version or the change log, which keeps it cheap enough to run on every pause; each
 * write is in the WAL when it returns, so it survives the app crashing (see open-database.ts).
 */
export function createDraftJournal(db: Database, clock: Clock, articles: ArticleStore): DraftJournal {
  const upsert = db.prepare<[JournalRow]>(
    `INSERT INTO draft_journal (user_id, draft_key, article_id, base_version, fields_json, written_at)
     VALUES (@user_id, @draft_key, @article_id, @base_version, @fields_json, @written_at)
     ON CONFLICT (user_id, draft_key) DO UPDATE SET article_id = excluded.article_id,
       base_version = excluded.base_version, fields_json = excluded.fields_json, written_at = excluded.written_at`,
  );
  const mine = db.prepare<[string], JournalRow>(`SELECT * FROM draft_journal WHERE user_id = ? ORDER BY written_at DESC`);
  const remove = db.prepare<[string, string]>(`DELETE FROM draft_journal WHERE user_id = ? AND draft_key = ?`);

  const differsFromStore = (draft: RecoverableDraft): boolean => {
    if (draft.articleId === null) return true;
    try {
      const stored = articles.get(draft.articleId);
      return (Object.keys(draft.fields) as (keyof typeof draft.fields)[]).some(
        (field) => !isDeepStrictEqual(draft.fields[field], stored[field]),
      );
    } catch {
      // The article was deleted meanwhile: the typed text is still worth offering.
      return true;
    }
  };

  return {
    write(entry, userId) {
      const writtenAt = clock.now().toISOString();
      upsert.run({
        user_id: userId,
        draft_key: entry.key,
        article_id: entry.articleId,
        base_version: entry.baseVersion,
        fields_json: JSON.stringify(entry.fields),
        written_at: writtenAt,
      });
      return { writtenAt };
    },
    recoverable(userId) {
      const drafts = mine.all(userId).map(toDraft);
      const stale = drafts.filter((draft) => !differsFromStore(draft));
      for (const draft of stale) remove.run(userId, draft.key);
      return drafts.filter(differsFromStore);
    },
    discard: (key, userId) => {
      remove.run(userId, key);
    },
  };
}
