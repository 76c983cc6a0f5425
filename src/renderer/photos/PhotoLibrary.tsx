import { useMemo, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryPhoto } from '../../shared/domain/photo';
import type { User } from '../../shared/domain/user';
import { mayEditLibraryPhoto } from '../../shared/media/photo-access';
import { ROLES_THAT_WRITE } from '../../shared/workflow/transitions';
import { ErrorMessage } from '../components/ErrorMessage';
import { ImportProgress } from './ImportProgress';
import { PhotoDetails } from './PhotoDetails';
import { PhotoGrid } from './PhotoGrid';
import { PhotoSearchBar } from './PhotoSearchBar';
import { usePhotoImport } from './use-photo-import';
import { usePhotoPage, type PhotoQuery } from './use-photo-page';

export type LibraryView = 'all' | 'uncaptioned';

interface PhotoLibraryProps {
  user: User;
  view: LibraryView;
  /** Called after imports and edits, so the sidebar's counts follow. */
  onChanged(): void;
}

/** Files the library takes from the picker or a drop; the core decides what it really is. */
export const PHOTO_FILE_TYPES = 'image/jpeg,image/png,image/webp,image/heic,image/heif,.jpg,.jpeg,.png,.webp,.heic,.heif';

const droppedFiles = (event: DragEvent): File[] => [...event.dataTransfer.files];

/**
 * Kho ảnh: import by picker or drop, search and filter, and edit the selected photo's texts.
 * "Ảnh chưa chú thích" is the same library limited to photos without a caption.
 */
export function PhotoLibrary({ user, view, onChanged }: PhotoLibraryProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState<PhotoQuery>({ query: '', filters: {} });
  const [revision, setRevision] = useState(0);
  const [selected, setSelected] = useState<LibraryPhoto | null>(null);
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const query = useMemo<PhotoQuery>(
    () => ({ query: search.query, filters: view === 'uncaptioned' ? { ...search.filters, uncaptioned: true } : search.filters }),
    [search, view],
  );
  const page = usePhotoPage(query, revision);
  const mayImport = user.roles.some((role) => ROLES_THAT_WRITE.includes(role));

  const importer = usePhotoImport();
  /** After a batch: the grid and the sidebar's counts reload once, if anything new came in. */
  const importFiles = async (files: File[]) => {
    const imported = await importer.start(files);
    if (imported.some((result) => !result.duplicate)) setRevision((count) => count + 1);
    if (imported.length > 0) onChanged();
  };

  const onSaved = (photo: LibraryPhoto) => {
    page.replace(photo);
    setSelected(photo);
    onChanged();
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    if (mayImport) void importFiles(droppedFiles(event));
  };

  return (
    <main
      className={`photos${dragging ? ' photos--dragging' : ''}`}
      aria-label={t(view === 'uncaptioned' ? 'photos.uncaptioned' : 'photos.library')}
      onDragOver={(event) => {
        if (!mayImport || !event.dataTransfer.types.includes('Files')) return;
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <header className="photos__header">
        <h1>{t(view === 'uncaptioned' ? 'photos.uncaptioned' : 'photos.library')}</h1>
        {mayImport ? (
          <>
            <button type="button" className="button button--primary" onClick={() => fileInput.current?.click()}>
              {t('authoring.addPhoto')}
            </button>
            <input
              ref={fileInput}
              type="file"
              multiple
              hidden
              accept={PHOTO_FILE_TYPES}
              aria-label={t('photos.files')}
              onChange={(event) => {
                const files = [...(event.target.files ?? [])];
                event.target.value = '';
                void importFiles(files);
              }}
            />
            <span className="photos__hint">{t('photos.dropHint')}</span>
          </>
        ) : null}
      </header>
      <PhotoSearchBar value={search} onChange={setSearch} />
      <ImportProgress items={importer.items} done={importer.done} running={importer.running} onDismiss={importer.dismiss} />
      <ErrorMessage error={page.error} onDismiss={page.clearError} />
      <div className="photos__body">
        {page.photos === null ? (
          <p className="list__hint">{t('app.loading')}</p>
        ) : page.photos.length === 0 ? (
          <p className="list__hint">{search.query || Object.keys(search.filters).length > 0 ? t('photos.noResults') : t('photos.empty')}</p>
        ) : (
          <PhotoGrid photos={page.photos} selectedId={selected?.id ?? null} onSelect={setSelected} onNearEnd={page.loadMore} />
        )}
        {selected ? (
          <PhotoDetails key={selected.id} photo={selected} editable={mayEditLibraryPhoto(user, selected)} onSaved={onSaved} />
        ) : null}
      </div>
    </main>
  );
}
