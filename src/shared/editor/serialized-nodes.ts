/**
 * The shapes of the editor's serialized nodes, as plain types. The Lexical node classes live in the
 * renderer (src/renderer/editor/nodes); main, the preview and publishing only ever see these shapes,
 * so they never load Lexical.
 */

export const PHOTO_NODE_TYPE = 'photo';

export type SerializedPhotoNode = {
  type: typeof PHOTO_NODE_TYPE;
  version: 1;
  /** The media store's id (the sha256 of the original file). */
  mediaId: string;
  caption: string;
  /** Tác giả ảnh: shown as `Ảnh: …` after the caption. */
  credit: string;
  /** Mô tả thay thế, for screen readers and when the image cannot load. */
  altText: string;
  width: number;
  height: number;
};

/** Lexical's text format bits (TextNode.format); only these four are rendered. */
export const TEXT_FORMAT = { bold: 1, italic: 2, strikethrough: 4, underline: 8 } as const;

export const ALLOWED_LINK_PROTOCOLS = ['http:', 'https:', 'mailto:'] as const;

/** Links may point to the web or to an e-mail address; anything else (javascript:, data:, file:) is refused. */
export function isAllowedLinkUrl(url: string): boolean {
  try {
    return (ALLOWED_LINK_PROTOCOLS as readonly string[]).includes(new URL(url).protocol);
  } catch {
    return false;
  }
}
