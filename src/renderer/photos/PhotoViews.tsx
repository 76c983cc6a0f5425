import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PhotoLibraryCounts } from '../../shared/domain/photo';
import { newsdesk, unwrap } from '../api/newsdesk';
import { SidebarEntry } from '../components/SidebarEntry';
import type { LibraryView } from './PhotoLibrary';

interface PhotoViewsProps {
  /** Bumped after imports and edits, to refresh the counts. */
  revision: number;
  current: LibraryView | null;
  onSelect(view: LibraryView): void;
}

/** The sidebar's Kho ảnh and Ảnh chưa chú thích entries, with their counts. */
export function PhotoViews({ revision, current, onSelect }: PhotoViewsProps) {
  const { t } = useTranslation();
  const [counts, setCounts] = useState<PhotoLibraryCounts | null>(null);
  useEffect(() => {
    unwrap(newsdesk().media.counts({})).then(setCounts, () => setCounts(null));
  }, [revision]);

  const entry = (view: LibraryView, label: string, count: number | undefined) => (
    <SidebarEntry label={label} count={count} current={current === view} onSelect={() => onSelect(view)} />
  );

  return (
    <ul className="sidebar__views" aria-label={t('photos.library')}>
      {entry('all', t('photos.library'), counts?.all)}
      {entry('uncaptioned', t('photos.uncaptioned'), counts?.uncaptioned)}
    </ul>
  );
}
