import { PHOTO_NODE_TYPE, type SerializedPhotoNode } from './serialized-nodes';

/** The photo nodes of a body, in reading order (photos sit at the top level of the body). */
export function photosInBody(body: { root: { children: unknown[] } }): SerializedPhotoNode[] {
  return body.root.children.filter(
    (node): node is SerializedPhotoNode =>
      node !== null && typeof node === 'object' && (node as { type?: unknown }).type === PHOTO_NODE_TYPE,
  );
}
