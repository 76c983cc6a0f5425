import type { Newsroom } from '../../newsroom';
import { actor } from '../call-context';
import type { NamespaceHandlers } from './namespace-handlers';

/** The photo desk's calls (import, renditions, the Kho ảnh library) mapped onto the core. */
export function createMediaHandlers(newsroom: Newsroom): NamespaceHandlers<'media'> {
  return {
    'media.importPhoto': ({ fileName, data }, context) =>
      // A view of the same memory: a 100 MB photo is not copied on its way in.
      newsroom.media.importPhoto(Buffer.from(data.buffer, data.byteOffset, data.byteLength), fileName, actor(context).id),
    'media.rendition': async ({ id, size }) => {
      const { mimeType, bytes } = await newsroom.media.rendition(id, size);
      // A plain Uint8Array (not a Buffer) so every transport hands the page the same type.
      return { mimeType, data: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
    },
    'media.get': ({ id }) => newsroom.media.get(id),
    'media.list': (options) => newsroom.media.list(options),
    'media.update': ({ id, expectedVersion, patch }, context) => newsroom.media.update(id, expectedVersion, patch, actor(context)),
    'media.counts': () => newsroom.media.counts(),
  };
}
