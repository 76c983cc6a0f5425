import type { Database } from 'better-sqlite3';
import { fold } from '../../../shared/text/fold';

/** What of a photo is searchable, column by column of `photo_search`. */
export interface SearchablePhoto {
  caption: string;
  headline: string;
  credit: string;
  creator: string;
  keywords: readonly string[];
  city: string;
}

export interface PhotoSearchIndex {
  /** Indexes (or re-indexes) a photo. Call inside the transaction that writes it. */
  put(mediaId: string, photo: SearchablePhoto): void;
}

/**
 * Keeps `photo_search` in step with `media`, folded with the same function as article search
 * (diacritics removed, đ → d), so "dong thap" finds "Đồng Tháp". Never opens a transaction: the
 * library calls it inside the transaction of each import and edit, so both commit together.
 */
export function createPhotoSearchIndex(db: Database): PhotoSearchIndex {
  const rowidOf = db.prepare<[string], number>('SELECT rowid FROM photo_search_rowids WHERE media_id = ?').pluck();
  const newRowid = db.prepare<[string]>('INSERT INTO photo_search_rowids (media_id) VALUES (?)');
  const dropDocument = db.prepare<[number]>('DELETE FROM photo_search WHERE rowid = ?');
  const insertDocument = db.prepare(
    `INSERT INTO photo_search (rowid, caption, headline, credit, creator, keywords, city)
     VALUES (@rowid, @caption, @headline, @credit, @creator, @keywords, @city)`,
  );

  return {
    put(mediaId, photo) {
      const existing = rowidOf.get(mediaId);
      if (existing !== undefined) dropDocument.run(existing);
      const rowid = existing ?? Number(newRowid.run(mediaId).lastInsertRowid);
      insertDocument.run({
        rowid,
        caption: fold(photo.caption),
        headline: fold(photo.headline),
        credit: fold(photo.credit),
        creator: fold(photo.creator),
        // One keyword per line: a phrase keyword stays searchable word by word.
        keywords: fold(photo.keywords.join('\n')),
        city: fold(photo.city),
      });
    },
  };
}
