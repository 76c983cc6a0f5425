import type { Newsroom } from '../newsroom';
import type { Handlers } from './handlers';

type AuthoringCall =
  | 'revisions.list'
  | 'revisions.record'
  | 'revisions.checkpoint'
  | 'revisions.diff'
  | 'revisions.restore'
  | 'drafts.write'
  | 'drafts.recoverable'
  | 'drafts.discard'
  | 'media.importPhoto'
  | 'media.rendition';

/** Revisions, the recovery journal and photos, mapped onto the core. */
export function createAuthoringHandlers(newsroom: Newsroom): Pick<Handlers, AuthoringCall> {
  return {
    'revisions.list': ({ articleId }) => newsroom.revisions.list(articleId),
    'revisions.record': ({ articleId, reason }, { userId }) => newsroom.revisions.record(articleId, reason, userId),
    'revisions.checkpoint': ({ articleId }, { userId }) => newsroom.revisions.checkpoint(articleId, userId),
    'revisions.diff': ({ fromRevisionId, toRevisionId }) => newsroom.revisions.diff(fromRevisionId, toRevisionId),
    'revisions.restore': ({ revisionId, expectedVersion }, { userId }) =>
      newsroom.revisions.restore(revisionId, expectedVersion, userId),
    'drafts.write': (entry) => newsroom.drafts.write(entry),
    'drafts.recoverable': () => newsroom.drafts.recoverable(),
    'drafts.discard': ({ key }) => {
      newsroom.drafts.discard(key);
      return null;
    },
    'media.importPhoto': ({ fileName, data }) =>
      newsroom.media.importPhoto(Buffer.from(data.buffer, data.byteOffset, data.byteLength), fileName),
    'media.rendition': ({ id }) => {
      const { mimeType, bytes } = newsroom.media.rendition(id);
      // A plain Uint8Array (not a Buffer) so every transport hands the page the same type.
      return { mimeType, data: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
    },
  };
}
