import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ARTICLE_STATUSES, type ArticleStatus } from '../../shared/domain/article-status';
import type { Category } from '../../shared/domain/category';
import type { DeskFilters, DeskSort } from '../../shared/search/desk-filters';
import { newsroomDayEnd, newsroomDayStart } from '../../shared/text/newsroom-day';
import { newsdesk, unwrap } from '../api/newsdesk';
import type { DeskState } from '../desk/desk-state';
import { CategoryOptions } from '../components/CategoryOptions';
import { ErrorMessage } from '../components/ErrorMessage';
import { NewsroomDateField } from '../components/NewsroomDateField';

interface DeskFiltersBarProps {
  desk: DeskState;
  onChange(desk: DeskState): void;
  /** Saves the current query and filters under a name; rejects with the store's error. */
  onSave(name: string): Promise<void>;
}

type DateField = 'created' | 'updated' | 'published';

const BOUNDS = {
  created: ['createdFrom', 'createdBefore'],
  updated: ['updatedFrom', 'updatedBefore'],
  published: ['publishedFrom', 'publishedBefore'],
} as const satisfies Record<DateField, readonly [keyof DeskFilters, keyof DeskFilters]>;

/** `YYYY-MM-DD` of the newsroom day an instant falls in (for showing a stored bound in a date input). */
const dayOf = (instant: string | undefined, endExclusive: boolean): string => {
  if (!instant) return '';
  const shifted = new Date(Date.parse(instant) + 7 * 3_600_000 - (endExclusive ? 86_400_000 : 0));
  return shifted.toISOString().slice(0, 10);
};

const without = (filters: DeskFilters, ...keys: Array<keyof DeskFilters>): DeskFilters => {
  const rest = { ...filters };
  for (const key of keys) delete rest[key];
  return rest;
};

/** Filters that combine with the query: state, category, a date range on created or updated. */
export function DeskFiltersBar({ desk, onChange, onSave }: DeskFiltersBarProps) {
  const { t } = useTranslation();
  const [categories, setCategories] = useState<Category[]>([]);
  const [open, setOpen] = useState(false);
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const [error, setError] = useState<unknown>(null);
  const { filters } = desk;
  const dateField: DateField =
    filters.updatedFrom || filters.updatedBefore ? 'updated' : filters.publishedFrom || filters.publishedBefore ? 'published' : 'created';

  useEffect(() => {
    unwrap(newsdesk().categories.list({})).then(setCategories, () => setCategories([]));
  }, []);

  const setFilters = (next: DeskFilters) => onChange({ ...desk, view: null, title: null, filters: next });
  const withoutDates = (): DeskFilters => without(filters, ...Object.values(BOUNDS).flat());
  const setDates = (field: DateField, from: string, to: string) => {
    const next = withoutDates();
    const start = newsroomDayStart(from);
    const end = newsroomDayEnd(to);
    const [fromKey, beforeKey] = BOUNDS[field];
    if (start) next[fromKey] = start;
    if (end) next[beforeKey] = end;
    setFilters(next);
  };
  /** A text filter (a byline name): empty removes it. */
  const setBylineFilter = (key: 'author' | 'photographer', value: string) => {
    const rest = without(filters, key);
    setFilters(value.trim() ? { ...rest, [key]: value } : rest);
  };
  const from = dayOf(filters[BOUNDS[dateField][0]], false);
  const to = dayOf(filters[BOUNDS[dateField][1]], true);

  const submitName = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') return;
    // The typed name stays until the save succeeded, so a failure loses nothing.
    onSave(name.trim()).then(() => {
      setNaming(false);
      setName('');
      setError(null);
    }, setError);
  };

  const controls = (
    <>
      <div className="filters__grid">
        <label className="field">
          <span className="field__label">{t('search.state')}</span>
          <select
            value={filters.statuses?.[0] ?? ''}
            onChange={(event) => {
              const rest = without(filters, 'statuses');
              setFilters(event.target.value ? { ...rest, statuses: [event.target.value as ArticleStatus] } : rest);
            }}
          >
            <option value="">{t('search.anyState')}</option>
            {ARTICLE_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`status.${status}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{t('search.category')}</span>
          <select
            value={filters.category ?? ''}
            onChange={(event) => {
              const rest = without(filters, 'category');
              setFilters(event.target.value ? { ...rest, category: event.target.value } : rest);
            }}
          >
            <CategoryOptions categories={categories} emptyLabel={t('search.anyCategory')} />
          </select>
        </label>
        <label className="field">
          <span className="field__label">{t('search.dateField')}</span>
          <select value={dateField} onChange={(event) => setDates(event.target.value as DateField, from, to)}>
            <option value="created">{t('search.created')}</option>
            <option value="updated">{t('search.updated')}</option>
            <option value="published">{t('search.published')}</option>
          </select>
        </label>
        <label className="field">
          <span className="field__label">{t('search.author')}</span>
          <input value={filters.author ?? ''} maxLength={100} onChange={(event) => setBylineFilter('author', event.target.value)} />
        </label>
        <label className="field">
          <span className="field__label">{t('search.photographer')}</span>
          <input value={filters.photographer ?? ''} maxLength={100} onChange={(event) => setBylineFilter('photographer', event.target.value)} />
        </label>
        <label className="field field--inline">
          <input
            type="checkbox"
            checked={filters.hasPhotos === true}
            onChange={(event) => setFilters(event.target.checked ? { ...filters, hasPhotos: true } : without(filters, 'hasPhotos'))}
          />
          <span className="field__label">{t('search.hasPhotos')}</span>
        </label>
        <label className="field field--inline">
          <input
            type="checkbox"
            checked={filters.uncaptionedPhotos === true}
            onChange={(event) => setFilters(event.target.checked ? { ...filters, uncaptionedPhotos: true } : without(filters, 'uncaptionedPhotos'))}
          />
          <span className="field__label">{t('search.uncaptionedPhotos')}</span>
        </label>
        <label className="field">
          <span className="field__label">{t('search.sort')}</span>
          <select
            value={desk.sort}
            onChange={(event) => onChange({ ...desk, view: null, title: null, sort: event.target.value as DeskSort })}
          >
            <option value="updated">{t('search.sortUpdated')}</option>
            <option value="created">{t('search.sortCreated')}</option>
            <option value="published">{t('search.sortPublished')}</option>
          </select>
        </label>
        <NewsroomDateField label={t('search.from')} mode="day" value={from} onChange={(day) => day !== null && setDates(dateField, day, to)} />
        <NewsroomDateField label={t('search.to')} mode="day" value={to} onChange={(day) => day !== null && setDates(dateField, from, day)} />
      </div>
      <ErrorMessage error={error} onDismiss={() => setError(null)} />
      {naming ? (
        <form className="filters__save" onSubmit={submitName}>
          <label className="field">
            <span className="field__label">{t('search.savedName')}</span>
            <input value={name} maxLength={100} onChange={(event) => setName(event.target.value)} autoFocus />
          </label>
          <button type="submit" className="button">
            {t('search.saveSearch')}
          </button>
        </form>
      ) : (
        <button type="button" className="button" onClick={() => setNaming(true)}>
          {t('search.saveSearch')}
        </button>
      )}
    </>
  );

  return (
    // The controls exist only while the panel is open, so "Lọc chuyên mục" never competes with the
    // editor's "Chuyên mục" for a label lookup.
    <details className="filters" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('search.filters')}</summary>
      {open ? controls : null}
    </details>
  );
}
