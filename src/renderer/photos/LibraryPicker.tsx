import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryPhoto } from '../../shared/domain/photo';
import { ErrorMessage } from '../components/ErrorMessage';
import { PhotoGrid } from './PhotoGrid';
import { PhotoSearchBar } from './PhotoSearchBar';
import { usePhotoPage, type PhotoQuery } from './use-photo-page';

interface LibraryPickerProps {
  onChoose(photo: LibraryPhoto): void;
  onClose(): void;
}

/** Kho ảnh as a dialog over the editor: find a photo and put it into the story. */
export function LibraryPicker({ onChoose, onClose }: LibraryPickerProps) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [search, setSearch] = useState<PhotoQuery>({ query: '', filters: {} });
  const [selected, setSelected] = useState<LibraryPhoto | null>(null);
  const page = usePhotoPage(search, 0);

  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    return () => element?.close();
  }, []);

  return (
    <dialog ref={dialog} className="library-picker" aria-label={t('photos.chooseFromLibrary')} onCancel={onClose}>
      <header className="library-picker__header">
        <h2>{t('photos.library')}</h2>
        <button type="button" className="button" onClick={onClose}>
          {t('errors.dismiss')}
        </button>
      </header>
      <PhotoSearchBar value={search} onChange={setSearch} />
      <ErrorMessage error={page.error} onDismiss={page.clearError} />
      {page.photos && page.photos.length > 0 ? (
        <PhotoGrid photos={page.photos} selectedId={selected?.id ?? null} onSelect={setSelected} onChoose={onChoose} onNearEnd={page.loadMore} />
      ) : (
        <p className="list__hint">{page.photos === null ? t('app.loading') : t('photos.noResults')}</p>
      )}
      <footer className="library-picker__footer">
        <button type="button" className="button button--primary" disabled={!selected} onClick={() => selected && onChoose(selected)}>
          {t('photos.insert')}
        </button>
      </footer>
    </dialog>
  );
}
