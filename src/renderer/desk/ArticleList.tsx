import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeskState } from '../desk/desk-state';
import { isSearch, useDeskRows } from '../desk/use-desk-rows';
import { useShortcutHint } from '../commands/shortcut-hint';
import { DeskFiltersBar } from './DeskFiltersBar';
import { ErrorMessage } from '../components/ErrorMessage';
import { VirtualArticleRows } from './VirtualArticleRows';

interface ArticleListProps {
  /** Bumped by the parent after a save, to reload the first page. */
  revision: number;
  /** The view's name, shown as the list's title. */
  title: string;
  desk: DeskState;
  onDeskChange(desk: DeskState): void;
  onSaveSearch(name: string): Promise<void>;
  selectedId: string | null;
  onOpen(id: string): void;
  /** Bumped by the desk for Tìm kiếm (Ctrl/Cmd+F or the menu): the search box takes the focus. */
  searchRequest: number;
}

/** The desk list with the search box (Tìm kiếm) and filters on top. */
export function ArticleList({ revision, title, desk, onDeskChange, onSaveSearch, selectedId, onOpen, searchRequest }: ArticleListProps) {
  const { t } = useTranslation();
  const hint = useShortcutHint();
  const { rows, more, error, clearError, loadMore } = useDeskRows(desk, revision);
  const [focusRequest, setFocusRequest] = useState(0);
  const searching = isSearch(desk);
  const searchBox = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (searchRequest === 0) return;
    searchBox.current?.focus();
    searchBox.current?.select();
  }, [searchRequest]);

  const onSearchKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setFocusRequest((count) => count + 1);
    }
  };

  return (
    <section className="list" aria-label={t('list.label')}>
      <h2 className="list__title">{searching ? t('search.results') : title}</h2>
      <input
        ref={searchBox}
        type="search"
        className="list__search"
        aria-label={t('search.box')}
        {...hint('search', t('search.box'))}
        placeholder={t('search.placeholder')}
        value={desk.query}
        maxLength={200}
        onChange={(event) =>
          // A search started from a sidebar view searches every story; its own filters come from "Bộ lọc".
          onDeskChange({ ...desk, view: null, title: null, query: event.target.value, filters: desk.view ? {} : desk.filters })
        }
        onKeyDown={onSearchKeyDown}
      />
      <DeskFiltersBar desk={desk} onChange={onDeskChange} onSave={onSaveSearch} />
      <ErrorMessage error={error} onDismiss={clearError} />
      {rows === null ? (
        <p className="list__hint">{t('app.loading')}</p>
      ) : rows.length === 0 ? (
        <p className="list__hint">{searching ? t('search.noResults') : t('list.empty')}</p>
      ) : (
        <VirtualArticleRows
          rows={rows}
          selectedId={selectedId}
          onOpen={onOpen}
          onNearEnd={loadMore}
          focusRequest={focusRequest}
        />
      )}
      {searching && more ? <p className="list__hint">{t('search.more')}</p> : null}
    </section>
  );
}
