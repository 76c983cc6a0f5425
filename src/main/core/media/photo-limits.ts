/**
 * The numbers the photo pipeline lives by, in one place (ARCHITECTURE.md explains them).
 */

/**
 * The most pixels a photo may have, read from its header before anything is decoded. Above the
 * largest newsroom camera (Fujifilm GFX100, 102 MP) and far below a decompression bomb: a 200 MP
 * PNG of one colour is a few hundred kilobytes on disk and 600 MB decoded.
 */
export const MAX_PHOTO_PIXELS = 120_000_000;

/** The web rendition's long edge: the site's widest column at 2× and the editor's preview. */
export const WEB_LONG_EDGE = 1600;
/** mozjpeg at 82: no visible artefacts on news photos at 1600 px, about 250–400 KB a photo. */
export const WEB_QUALITY = 82;

/** The thumbnail's long edge: a Kho ảnh grid cell (about 200 CSS px) on a 2× screen. */
export const THUMBNAIL_LONG_EDGE = 400;
/** Thumbnails are looked at small and many at once: 72 keeps them near 30 KB. */
export const THUMBNAIL_QUALITY = 72;

/**
 * Photos decoded at once, across every caller. Each decode holds the photo's bytes plus about
 * 20–80 MB of pixels; two keep both cores of a newsroom laptop busy while memory stays bounded
 * however many imports are queued.
 */
export const IMPORT_CONCURRENCY = 2;
