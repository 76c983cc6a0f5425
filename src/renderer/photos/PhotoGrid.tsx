import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryPhoto } from '../../shared/domain/photo';
import { PhotoImage } from './PhotoImage';

interface PhotoGridProps {
  photos: LibraryPhoto[];
  selectedId: string | null;
  onSelect(photo: LibraryPhoto): void;
  /** Double-click or Enter on a tile (the picker inserts the photo). */
  onChoose?(photo: LibraryPhoto): void;
  /** Called when the last rows come into view, to fetch the next page. */
  onNearEnd(): void;
}

const TILE_WIDTH = 190;
const ROW_HEIGHT = 230;

/** Grows with the pane: as many tiles per row as fit, at least one. */
function useColumns(element: HTMLElement | null): number {
  const [columns, setColumns] = useState(4);
  useEffect(() => {
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      setColumns(Math.max(1, Math.floor((entry?.contentRect.width ?? TILE_WIDTH) / TILE_WIDTH)));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return columns;
}

/**
 * The library's thumbnails, a row of tiles at a time: only the rows in view are in the DOM, so a
 * library of tens of thousands of photos scrolls like one of fifty.
 */
export function PhotoGrid({ photos, selectedId, onSelect, onChoose, onNearEnd }: PhotoGridProps) {
  const { t } = useTranslation();
  const [scroller, setScroller] = useState<HTMLDivElement | null>(null);
  const columns = useColumns(scroller);
  const rowCount = Math.ceil(photos.length / columns);
  // The app is not built with React Compiler, so the virtualizer's fresh functions are fine here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rowCount,
    getScrollElement: () => scroller,
    estimateSize: () => ROW_HEIGHT,
    overscan: 3,
  });
  const rows = virtualizer.getVirtualItems();
  const lastRow = rows.at(-1)?.index ?? -1;

  useEffect(() => {
    if (rowCount > 0 && lastRow >= rowCount - 3) onNearEnd();
  }, [lastRow, rowCount, onNearEnd]);

  return (
    <div className="photo-grid" ref={setScroller} role="list" aria-label={t('photos.grid')}>
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {rows.map((row) => (
          <div
            key={row.key}
            className="photo-grid__row"
            style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${row.start}px)` }}
          >
            {photos.slice(row.index * columns, row.index * columns + columns).map((photo) => (
              <PhotoTile key={photo.id} photo={photo} selected={photo.id === selectedId} onSelect={onSelect} onChoose={onChoose} />
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}

interface PhotoTileProps {
  photo: LibraryPhoto;
  selected: boolean;
  onSelect(photo: LibraryPhoto): void;
  onChoose?(photo: LibraryPhoto): void;
}

function PhotoTile({ photo, selected, onSelect, onChoose }: PhotoTileProps) {
  const { t } = useTranslation();
  const captioned = photo.caption !== '';
  return (
    <div role="listitem" className="photo-tile">
      <button
        type="button"
        className="photo-tile__button"
        aria-pressed={selected}
        onClick={() => onSelect(photo)}
        onDoubleClick={() => onChoose?.(photo)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && onChoose) {
            event.preventDefault();
            onChoose(photo);
          }
        }}
      >
        <span className="photo-tile__image">
          <PhotoImage mediaId={photo.id} size="thumbnail" alt={photo.altText} />
        </span>
        <span className="photo-tile__caption">{captioned ? photo.caption : photo.fileName}</span>
        <span className="photo-tile__meta">
          {photo.credit ? <span>{photo.credit}</span> : null}
          {captioned ? null : <span className="badge badge--warning">{t('photos.needsCaption')}</span>}
        </span>
      </button>
    </div>
  );
}
