import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatClockTime } from '../../shared/text/newsroom-time';
import type { DeskRow } from '../desk/use-desk-rows';
import { Highlighted } from './Highlighted';

interface VirtualArticleRowsProps {
  rows: DeskRow[];
  selectedId: string | null;
  onOpen(id: string): void;
  /** Called when the last rows come into view, to fetch the next page. */
  onNearEnd(): void;
  /** Set by the search box's ↓ key: focus the first row. */
  focusRequest: number;
}

const ROW_ESTIMATE = 58;

/**
 * Only the rows in view (plus a few) are in the DOM, so 100,000 articles scroll like 50. Keyboard:
 * ↑/↓ move between rows (scrolling them into view), Enter opens the focused row.
 */
export function VirtualArticleRows({ rows, selectedId, onOpen, onNearEnd, focusRequest }: VirtualArticleRowsProps) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState<number | null>(null);
  // The app is not built with React Compiler, so the virtualizer's fresh functions are fine here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const lastShown = items.at(-1)?.index ?? -1;

  useEffect(() => {
    if (lastShown >= rows.length - 10) onNearEnd();
  }, [lastShown, rows.length, onNearEnd]);

  useEffect(() => {
    if (focusRequest > 0 && rows.length > 0) setActive(0);
  }, [focusRequest, rows.length]);

  useEffect(() => {
    if (active === null) return;
    virtualizer.scrollToIndex(active, { align: 'auto' });
    // The row exists once the virtualizer has rendered it, on the next frame at the latest.
    const frame = requestAnimationFrame(() => {
      scroller.current?.querySelector<HTMLElement>(`[data-row="${active}"]`)?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [active, virtualizer]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const from = active ?? -1;
    const next = event.key === 'ArrowDown' ? Math.min(rows.length - 1, from + 1) : Math.max(0, from - 1);
    setActive(next);
  };

  return (
    <div className="list__scroller" ref={scroller} onKeyDown={onKeyDown}>
      <ul className="list__items" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const { article, hit } = rows[item.index]!;
          return (
            <li
              key={article.id}
              className="list__item"
              ref={virtualizer.measureElement}
              data-index={item.index}
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <button
                type="button"
                className="list__row"
                data-row={item.index}
                tabIndex={item.index === (active ?? 0) ? 0 : -1}
                aria-current={article.id === selectedId ? 'true' : undefined}
                onFocus={() => setActive(item.index)}
                onClick={() => onOpen(article.id)}
              >
                <span className="list__headline">
                  {hit ? <Highlighted segments={hit.headline} /> : article.headline || t('list.untitled')}
                </span>
                {hit?.snippet ? (
                  <span className="list__snippet">
                    <Highlighted segments={hit.snippet} />
                  </span>
                ) : null}
                <span className="list__meta">
                  {[article.category, formatClockTime(article.updatedAt), t(`status.${article.status}`)]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
