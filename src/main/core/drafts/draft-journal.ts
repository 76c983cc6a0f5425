import { isDeepStrictEqual } from 'node:util';
import type { Database } from 'better-sqlite3';
import type { JournalEntryInput, RecoverableDraft } from '../../../shared/domain/draft';
import type { ArticleStore } from '../articles/article-store';
import type { Clock } from '../clock';

interface JournalRow {
  draft_key: string;
  article_id: string | null;
  base_version: number | null;
  fields_json: string;
  written_at: string;
}

export interface DraftJournal {
  write(entry: JournalEntryInput): { writtenAt: string };
  /** Drafts whose text differs from what the store holds: what a crash would otherwise have lost. */
  recoverable(): RecoverableDraft[];
  discard(key: string): void;
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
 * never bumps a version or the change log, which keeps it cheap enough to run on every pause; the
 * database's `synchronous = FULL` makes each write survive a power cut.
 */
export function createDraftJournal(db: Database, clock: Clock, articles: ArticleStore): DraftJournal {
  const upsert = db.prepare<[JournalRow]>(
    `INSERT INTO draft_journal (draft_key, article_id, base_version, fields_json, written_at)
     VALUES (@draft_key, @article_id, @base_version, @fields_json, @written_at)
     ON CONFLICT (draft_key) DO UPDATE SET article_id = excluded.article_id,
       base_version = excluded.base_version, fields_json = excluded.fields_json, written_at = excluded.written_at`,
  );
  const all = db.prepare<[], JournalRow>(`SELECT * FROM draft_journal ORDER BY written_at DESC`);
  const remove = db.prepare<[string]>(`DELETE FROM draft_journal WHERE draft_key = ?`);

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
    write(entry) {
      const writtenAt = clock.now().toISOString();
      upsert.run({
        draft_key: entry.key,
        article_id: entry.articleId,
        base_version: entry.baseVersion,
        fields_json: JSON.stringify(entry.fields),
        written_at: writtenAt,
      });
      return { writtenAt };
    },
    recoverable() {
      const drafts = all.all().map(toDraft);
      const stale = drafts.filter((draft) => !differsFromStore(draft));
      for (const draft of stale) remove.run(draft.key);
      return drafts.filter(differsFromStore);
    },
    discard: (key) => {
      remove.run(key);
    },
  };
}
