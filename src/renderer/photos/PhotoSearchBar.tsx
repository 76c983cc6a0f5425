import { useTranslation } from 'react-i18next';
import type { PhotoFilters } from '../../shared/domain/photo';
import { NewsroomDateField } from '../components/NewsroomDateField';
import type { PhotoQuery } from './use-photo-page';

interface PhotoSearchBarProps {
  value: PhotoQuery;
  onChange(next: PhotoQuery): void;
}

/** The library's search box (caption, credit, keywords…, with or without diacritics) and its filters. */
export function PhotoSearchBar({ value, onChange }: PhotoSearchBarProps) {
  const { t } = useTranslation();
  const setFilter = <K extends keyof PhotoFilters>(key: K, next: PhotoFilters[K] | '') => {
    const filters = { ...value.filters };
    if (next === '' || next === undefined) delete filters[key];
    else filters[key] = next as PhotoFilters[K];
    onChange({ ...value, filters });
  };
  return (
    <div className="photo-search" role="search">
      <label className="field">
        <span className="field__label">{t('search.box')}</span>
        <input
          type="search"
          value={value.query}
          maxLength={200}
          placeholder={t('photos.searchPlaceholder')}
          onChange={(event) => onChange({ ...value, query: event.target.value })}
        />
      </label>
      <label className="field field--inline">
        <span className="field__label">{t('photos.filters.photographer')}</span>
        <input value={value.filters.photographer ?? ''} maxLength={100} onChange={(event) => setFilter('photographer', event.target.value)} />
      </label>
      <NewsroomDateField
        className="field field--inline"
        label={t('photos.filters.from')}
        mode="day"
        value={value.filters.from ?? ''}
        onChange={(day) => day !== null && setFilter('from', day)}
      />
      <NewsroomDateField
        className="field field--inline"
        label={t('photos.filters.to')}
        mode="day"
        value={value.filters.to ?? ''}
        onChange={(day) => day !== null && setFilter('to', day)}
      />
    </div>
  );
}
