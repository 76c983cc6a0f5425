import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleSummary } from '../../shared/domain/article';
import type { DeskView } from '../../shared/workflow/desk-views';
import { formatClockTime } from '../../shared/text/newsroom-time';
import { newsdesk, unwrap } from '../api/newsdesk';
import { ErrorMessage } from './ErrorMessage';

interface ArticleListProps {
  view: DeskView;
  /** Bumped by the parent after a save, to reload the first page. */
  revision: number;
  selectedId: string | null;
  onOpen(id: string): void;
}

interface Page {
  items: ArticleSummary[];
  nextCursor: string | null;
}

export function ArticleList({ view, revision, selectedId, onOpen }: ArticleListProps) {
  const { t } = useTranslation();
  const [page, setPage] = useState<Page | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let current = true;
    unwrap(newsdesk().articles.list({ view }))
      .then((first) => current && setPage(first))
      .catch((failure: unknown) => current && setError(failure));
    return () => {
      current = false;
    };
  }, [view, revision]);

  const loadMore = async () => {
    if (!page?.nextCursor) return;
    try {
      const next = await unwrap(newsdesk().articles.list({ view, cursor: page.nextCursor }));
      setPage({ items: [...page.items, ...next.items], nextCursor: next.nextCursor });
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <section className="list" aria-label={t('list.label')}>
      <h2 className="list__title">{t(`views.${view}`)}</h2>
      <ErrorMessage error={error} onDismiss={() => setError(null)} />
      {page === null ? (
        <p className="list__hint">{t('app.loading')}</p>
      ) : page.items.length === 0 ? (
        <p className="list__hint">{t('list.empty')}</p>
      ) : (
        <ul className="list__items">
          {page.items.map((item) => (
            <li key={item.id}>
              <button
                type="button"
                className="list__row"
                aria-current={item.id === selectedId ? 'true' : undefined}
                onClick={() => onOpen(item.id)}
              >
                <span className="list__headline">{item.headline || t('list.untitled')}</span>
                <span className="list__meta">
                  {[item.category, formatClockTime(item.updatedAt), t(`status.${item.status}`)]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {page?.nextCursor ? (
        <button type="button" className="button" onClick={() => void loadMore()}>
          {t('list.loadMore')}
        </button>
      ) : null}
    </section>
  );
}
