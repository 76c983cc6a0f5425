import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { bodyText } from '../../shared/editor/body-text';
import { SOFT_LIMITS } from '../../shared/text/length-limits';
import { ImeSafeInput } from '../components/ImeSafeInput';
import { BylineFields } from './BylineFields';
import { CountLine } from './CountLine';
import type { Draft } from './draft';
import { MetaFields } from './MetaFields';

interface ArticleFieldsProps {
  draft: Draft;
  /** Whether this user may change the story's text; the body editor decides for itself. */
  editable: boolean;
  /** The body editor, shown between the sapo and the byline. */
  body: ReactNode;
  onChange(change: Partial<Draft>): void;
}

/**
 * The story's fields in reading order: Tiêu đề and Sapo with their counts, the body, then the
 * byline, Địa danh, Từ khóa and Đường dẫn. The body stays outside the fieldsets: a photographer
 * may type in the photos' captions of a story they only read.
 */
export function ArticleFields({ draft, editable, body, onChange }: ArticleFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <fieldset className="editor__fields" disabled={!editable}>
        <label className="field">
          <span className="field__label">{t('article.headline')}</span>
          <ImeSafeInput className="editor__headline" value={draft.headline} onValueChange={(headline) => onChange({ headline })} />
        </label>
        <CountLine text={draft.headline} limit={SOFT_LIMITS.headline} />
        <label className="field">
          <span className="field__label">{t('article.sapo')}</span>
          <ImeSafeInput multiline className="editor__sapo" rows={3} value={draft.sapo} onValueChange={(sapo) => onChange({ sapo })} />
        </label>
        <CountLine text={draft.sapo} limit={SOFT_LIMITS.sapo} />
      </fieldset>
      <div className="field">
        <span className="field__label" aria-hidden="true">
          {t('article.body')}
        </span>
        {body}
      </div>
      <CountLine text={bodyText(draft.body).blocks.join('\n')} limit={SOFT_LIMITS.body} />
      <fieldset className="editor__fields" disabled={!editable}>
        <BylineFields
          label={draft.bylineLabel}
          authors={draft.authors}
          onLabelChange={(bylineLabel) => onChange({ bylineLabel })}
          onAuthorsChange={(authors) => onChange({ authors })}
        />
        <MetaFields
          place={draft.place}
          keywords={draft.keywords}
          slug={draft.slug}
          onPlaceChange={(place) => onChange({ place })}
          onKeywordsChange={(keywords) => onChange({ keywords })}
          onSlugChange={(slug) => onChange({ slug })}
        />
      </fieldset>
    </>
  );
}
