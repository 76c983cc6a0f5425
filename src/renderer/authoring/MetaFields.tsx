import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ImeSafeInput } from '../components/ImeSafeInput';

interface MetaFieldsProps {
  place: string;
  keywords: string[];
  slug: string;
  onPlaceChange(place: string): void;
  onKeywordsChange(keywords: string[]): void;
  onSlugChange(slug: string): void;
}

const splitKeywords = (text: string): string[] =>
  text.split(',').map((keyword) => keyword.trim()).filter((keyword) => keyword !== '');

/** Địa danh, Từ khóa (comma-separated) and Đường dẫn (generated from the headline, editable). */
export function MetaFields({ place, keywords, slug, onPlaceChange, onKeywordsChange, onSlugChange }: MetaFieldsProps) {
  const { t } = useTranslation();
  // The keywords box keeps what is typed (a trailing comma, a half word); the article gets the list.
  const [keywordText, setKeywordText] = useState(keywords.join(', '));
  return (
    <div className="meta-fields">
      <label className="field field--inline">
        <span className="field__label">{t('authoring.place')}</span>
        <ImeSafeInput value={place} onValueChange={onPlaceChange} />
      </label>
      <label className="field field--inline">
        <span className="field__label">{t('authoring.keywords')}</span>
        <ImeSafeInput
          value={keywordText}
          onValueChange={(text) => {
            setKeywordText(text);
            onKeywordsChange(splitKeywords(text));
          }}
        />
      </label>
      <label className="field field--inline">
        <span className="field__label">{t('authoring.slug')}</span>
        <input
          value={slug}
          onChange={(event) => onSlugChange(event.target.value.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/-{2,}/g, '-'))}
          onBlur={() => onSlugChange(slug.replace(/^-+|-+$/g, ''))}
        />
      </label>
    </div>
  );
}
