/**
 * What Newsdesk takes from a photo file's EXIF, IPTC-IIM and XMP blocks, after reconciling them
 * by the Metadata Working Group's guidelines. Empty strings and empty lists mean "not given".
 */
export interface PhotoMetadata {
  /** EXIF ImageDescription / IPTC Caption-Abstract (2:120) / XMP dc:description. */
  caption: string;
  /** IPTC Headline (2:105) / XMP photoshop:Headline. */
  headline: string;
  /** EXIF Artist / IPTC By-line (2:80) / XMP dc:creator. */
  creator: string;
  /** IPTC Credit (2:110) / XMP photoshop:Credit. */
  credit: string;
  /** EXIF Copyright / IPTC CopyrightNotice (2:116) / XMP dc:rights. */
  copyright: string;
  /** IPTC Keywords (2:25) / XMP dc:subject. */
  keywords: string[];
  /** EXIF DateTimeOriginal (+ OffsetTimeOriginal) / IPTC DateCreated+TimeCreated / XMP photoshop:DateCreated, as ISO 8601. */
  takenAt: string | null;
  /** IPTC City (2:90) / XMP photoshop:City. */
  city: string;
  /** EXIF GPS, in decimal degrees. */
  gps: { latitude: number; longitude: number } | null;
}

/** The fields written back into a published rendition (XMP in UTF-8, and IPTC-IIM declared UTF-8). */
export interface PublishedPhotoCredits {
  caption: string;
  credit: string;
  creator: string;
  copyright: string;
}
