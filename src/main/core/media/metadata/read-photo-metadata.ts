import { NO_EXIF, readExifFields } from './exif-fields';
import { NO_IPTC, readIptcFields } from './iptc-fields';
import { readMetadataBlocks, type MetadataBlocks } from './metadata-blocks';
import { reconcileMetadata } from './mwg-reconcile';
import type { PhotoMetadata } from './photo-metadata';
import { NO_XMP, readXmpFields } from './xmp-fields';

/**
 * What a photo file says about itself, reconciled across EXIF, IPTC-IIM and XMP (see
 * mwg-reconcile.ts). Never throws on bad metadata: a block that cannot be read counts as absent, and
 * the others still give what they have.
 */
export async function readPhotoMetadata(bytes: Buffer): Promise<PhotoMetadata> {
  return metadataFromBlocks(await readMetadataBlocks(bytes));
}

/** The same, from blocks a header read already found (the importer's, which has just read it). */
export function metadataFromBlocks(blocks: MetadataBlocks): PhotoMetadata {
  return reconcileMetadata(
    orElse(() => readExifFields(blocks.exif), NO_EXIF),
    orElse(() => readIptcFields(blocks.iptc), NO_IPTC),
    orElse(() => readXmpFields(blocks.xmp), NO_XMP),
  );
}

// The parsers bound-check what they read; this is the last guard against a shape nobody foresaw.
function orElse<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}
