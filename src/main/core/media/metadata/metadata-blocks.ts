import sharp from 'sharp';

/** The raw metadata blocks of a photo, whatever its format. */
export interface MetadataBlocks {
  /** "Exif\0\0" + TIFF structure. */
  exif?: Buffer;
  /** The Photoshop image resources ("Photoshop 3.0" + 8BIM blocks) that carry IPTC-IIM. */
  iptc?: Buffer;
  /** The XMP packet. */
  xmp?: Buffer;
}

/**
 * sharp (libvips) finds the blocks in JPEG (APP1/APP13), PNG (eXIf, iTXt XML:com.adobe.xmp),
 * WebP (EXIF/XMP chunks), TIFF and HEIF/AVIF alike, so the parsers after it never see a container
 * format. It reads headers only. Bytes sharp cannot open have no metadata we can read.
 */
export async function readMetadataBlocks(bytes: Buffer): Promise<MetadataBlocks> {
  try {
    const { exif, iptc, xmp } = await sharp(bytes, { failOn: 'none' }).metadata();
    return { exif, iptc, xmp };
  } catch {
    return {};
  }
}
