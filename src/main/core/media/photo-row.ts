import type { LibraryPhoto } from '../../../shared/domain/photo';

/** A `media` row as the library reads it, with the importer's name joined from `users`. */
export interface PhotoRow {
  id: string;
  mime_type: string;
  width: number;
  height: number;
  byte_size: number;
  file_name: string;
  created_at: string;
  caption: string;
  headline: string;
  creator: string;
  credit: string;
  copyright: string;
  alt_text: string;
  keywords_json: string;
  taken_at: string | null;
  photo_day: string;
  city: string;
  gps_lat: number | null;
  gps_lon: number | null;
  imported_by: string | null;
  importer_name: string | null;
  version: number;
  updated_at: string;
  updated_by: string | null;
}

/** Every column the library reads; `m` is media, `u` the importer. */
export const PHOTO_COLUMNS = `m.id, m.mime_type, m.width, m.height, m.byte_size, m.file_name, m.created_at, m.caption,
  m.headline, m.creator, m.credit, m.copyright, m.alt_text, m.keywords_json, m.taken_at, m.photo_day, m.city,
  m.gps_lat, m.gps_lon, m.imported_by, u.display_name AS importer_name, m.version, m.updated_at, m.updated_by`;

export const PHOTO_FROM = 'media m LEFT JOIN users u ON u.id = m.imported_by';

export function toLibraryPhoto(row: PhotoRow): LibraryPhoto {
  return {
    id: row.id,
    fileName: row.file_name,
    mimeType: row.mime_type,
    width: row.width,
    height: row.height,
    byteSize: row.byte_size,
    caption: row.caption,
    headline: row.headline,
    creator: row.creator,
    credit: row.credit,
    copyright: row.copyright,
    altText: row.alt_text,
    keywords: JSON.parse(row.keywords_json) as string[],
    takenAt: row.taken_at,
    city: row.city,
    gps: row.gps_lat !== null && row.gps_lon !== null ? { latitude: row.gps_lat, longitude: row.gps_lon } : null,
    importedAt: row.created_at,
    importedBy: row.imported_by ? { id: row.imported_by, displayName: row.importer_name ?? '' } : null,
    version: row.version,
    updatedAt: row.updated_at,
  };
}
