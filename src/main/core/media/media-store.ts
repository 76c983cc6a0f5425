import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import sharp from 'sharp';
import { notFoundError, validationError } from '../../../shared/errors';
import type { Clock } from '../clock';

/** Formats a newsroom photo arrives in; anything else sharp decodes (SVG, PDF…) is refused. */
const ACCEPTED_FORMATS: Record<string, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  tiff: 'image/tiff',
  heif: 'image/heif',
};

/** The longest side of the web rendition: enough for the site and the preview, small enough to move over IPC. */
export const RENDITION_MAX_SIDE = 1600;

export interface StoredPhoto {
  id: string;
  width: number;
  height: number;
  mimeType: string;
}

export interface MediaStore {
  importPhoto(bytes: Buffer, fileName: string): Promise<StoredPhoto>;
  rendition(id: string): { mimeType: 'image/jpeg'; bytes: Buffer };
}

interface MediaRow {
  id: string;
  mime_type: string;
  width: number;
  height: number;
  byte_size: number;
  file_name: string;
  created_at: string;
}

/** Writes next to the target and renames, so a crash never leaves half a file under the final name. */
function writeAtomically(path: string, bytes: Buffer): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, bytes);
  renameSync(temporary, path);
}

async function decode(bytes: Buffer): Promise<{ format: string; width: number; height: number }> {
  try {
    // `rotate()` applies the EXIF orientation, so width/height are as the photo is seen.
    const { info } = await sharp(bytes, { failOn: 'error' }).rotate().toBuffer({ resolveWithObject: true });
    return { format: info.format, width: info.width, height: info.height };
  } catch {
    throw validationError('The file is not a photo Newsdesk can read (JPEG, PNG, WebP, TIFF or HEIF)');
  }
}

/**
 * Photos, content-addressed: the id is the sha256 of the original bytes, so the same file imported
 * twice is stored once. Originals are kept untouched; a JPEG web rendition is made at import.
 */
export function createMediaStore(db: Database, dataDir: string, clock: Clock): MediaStore {
  const originals = join(dataDir, 'media', 'originals');
  const renditions = join(dataDir, 'media', 'web');
  mkdirSync(originals, { recursive: true });
  mkdirSync(renditions, { recursive: true });
  const insert = db.prepare<[MediaRow]>(
    `INSERT OR IGNORE INTO media (id, mime_type, width, height, byte_size, file_name, created_at)
     VALUES (@id, @mime_type, @width, @height, @byte_size, @file_name, @created_at)`,
  );
  const byId = db.prepare<[string], MediaRow>(`SELECT * FROM media WHERE id = ?`);
  const renditionPath = (id: string) => join(renditions, `${id}.jpg`);

  return {
    async importPhoto(bytes, fileName) {
      const decoded = await decode(bytes);
      const mimeType = ACCEPTED_FORMATS[decoded.format];
      if (!mimeType) throw validationError(`Photos in ${decoded.format} format are not accepted`);
      const id = createHash('sha256').update(bytes).digest('hex');
      const existing = byId.get(id);
      if (existing) return { id, width: existing.width, height: existing.height, mimeType: existing.mime_type };

      const original = join(originals, `${id}.${decoded.format}`);
      if (!existsSync(original)) writeAtomically(original, bytes);
      const web = await sharp(bytes)
        .rotate()
        .resize({ width: RENDITION_MAX_SIDE, height: RENDITION_MAX_SIDE, fit: 'inside', withoutEnlargement: true })
        .jpeg({ quality: 82, mozjpeg: true })
        .toBuffer();
      writeAtomically(renditionPath(id), web);
      insert.run({
        id,
        mime_type: mimeType,
        width: decoded.width,
        height: decoded.height,
        byte_size: bytes.byteLength,
        file_name: fileName,
        created_at: clock.now().toISOString(),
      });
      return { id, width: decoded.width, height: decoded.height, mimeType };
    },
    rendition(id) {
      if (!byId.get(id)) throw notFoundError(`Photo ${id} does not exist`);
      return { mimeType: 'image/jpeg', bytes: readFileSync(renditionPath(id)) };
    },
  };
}
