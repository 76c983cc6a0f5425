import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PHOTO_NODE_TYPE } from '../../shared/editor/serialized-nodes';
import { renderArticle } from '../../shared/render/render-article';
import { photoUrl } from '../photos/photo-urls';
import { fieldsOf, type Draft } from './draft';

const photoIds = (draft: Draft): string[] =>
  draft.body.root.children.flatMap((node) => (node.type === PHOTO_NODE_TYPE && typeof node['mediaId'] === 'string' ? [node['mediaId']] : []));

/**
 * Xem trước: the article through the same pure renderer publishing uses, with photos from blob:
 * URLs. The renderer escapes every text and whitelists nodes and attributes, so its HTML is safe to
 * put in the page.
 */
export function PreviewPanel({ draft, publishedAt }: { draft: Draft; publishedAt: string }) {
  const { t } = useTranslation();
  const [urls, setUrls] = useState<Record<string, string>>({});
  const ids = photoIds(draft).join(',');

  useEffect(() => {
    let live = true;
    const wanted = ids === '' ? [] : ids.split(',');
    Promise.all(wanted.map(async (id) => [id, await photoUrl(id).catch(() => '')] as const)).then(
      (entries) => live && setUrls(Object.fromEntries(entries)),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [ids]);

  const fields = fieldsOf(draft);
  const html = renderArticle(
    { ...fields, bylineLabel: fields.bylineLabel ?? '', authors: fields.authors ?? [] },
    { publishedAt, photoSource: (id) => urls[id] || null },
  );
  return (
    <section className="preview" role="region" aria-label={t('authoring.preview')}>
      <div className="preview__page" dangerouslySetInnerHTML={{ __html: html }} />
    </section>
  );
}
