import type { PublicationPayload } from '../../../../shared/domain/publication-payload';
import { formatByline } from '../../../../shared/domain/byline';
import { photosInBody } from '../../../../shared/editor/photos-in-body';
import type { SerializedPhotoNode } from '../../../../shared/editor/serialized-nodes';

export interface NinjsOptions {
  /** Where a photo's web rendition, as this story uses it, can be fetched (an absolute URL). */
  renditionUrl(mediaId: string, photo: SerializedPhotoNode): string;
}

const nonEmpty = <T>(list: T[]): T[] | undefined => (list.length > 0 ? list : undefined);

/**
 * A published story as an IPTC ninjs 2.2 document: headline, sapo as the summary description, the
 * rendered body, byline (`by`) and authors (`people`), category and keywords (`subjects`), place
 * (`located`), and each photo as a picture association with its rendition, caption, credit and alt
 * text. `canceled` is what an unpublish sends. Fields without a value are left out, not sent empty.
 */
export function ninjsDocument(payload: PublicationPayload, pubstatus: 'usable' | 'canceled', options: NinjsOptions): Record<string, unknown> {
  const { article } = payload;
  const document: Record<string, unknown> = {
    uri: `urn:newsdesk:article:${article.id}`,
    type: 'text',
    version: String(article.version),
    firstcreated: article.createdAt,
    versioncreated: article.updatedAt,
    pubstatus,
    language: 'vi',
    slugline: article.slug || undefined,
    headlines: [{ role: 'main', value: article.headline }],
    descriptions: article.sapo ? [{ role: 'summary', contenttype: 'text/plain', value: article.sapo }] : undefined,
    bodies: [{ role: 'main', contenttype: 'text/html', value: payload.html }],
    by: formatByline(article.bylineLabel, article.authors) || undefined,
    people: nonEmpty(
      article.authors.map((author) => ({ name: author.name, rel: author.roles.includes('writer') ? 'author' : 'photographer' })),
    ),
    subjects: nonEmpty([
      ...(article.category ? [{ name: article.category, rel: 'category' }] : []),
      ...article.keywords.map((keyword) => ({ name: keyword, rel: 'keyword' })),
    ]),
    located: article.place || undefined,
    associations: nonEmpty(
      photosInBody(article.body).map((photo, index) => ({
        name: `photo-${index + 1}`,
        uri: `urn:newsdesk:media:${photo.mediaId}`,
        type: 'picture',
        by: photo.credit || undefined,
        descriptions: nonEmpty([
          ...(photo.caption ? [{ role: 'caption', value: photo.caption }] : []),
          ...(photo.altText ? [{ role: 'alt', value: photo.altText }] : []),
        ]),
        renditions: [{ name: 'web', href: options.renditionUrl(photo.mediaId, photo), contenttype: 'image/jpeg', width: photo.width, height: photo.height }],
      })),
    ),
  };
  // JSON has no undefined: drop the fields left out above.
  return JSON.parse(JSON.stringify(document)) as Record<string, unknown>;
}
