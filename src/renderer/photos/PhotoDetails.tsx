import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryPhoto } from '../../shared/domain/photo';
import { AppError } from '../../shared/errors';
import { usePublishTime } from '../i18n/ui-language';
import { newsdesk, unwrap } from '../api/newsdesk';
import { ErrorMessage } from '../components/ErrorMessage';
import { ImeSafeInput } from '../components/ImeSafeInput';
import { PhotoImage } from './PhotoImage';

interface PhotoDetailsProps {
  photo: LibraryPhoto;
  /** Whether this user may change the photo's texts (the router checks the same rule). */
  editable: boolean;
  onSaved(photo: LibraryPhoto): void;
}

interface PhotoTexts {
  caption: string;
  credit: string;
  altText: string;
  keywords: string;
}

const textsOf = (photo: LibraryPhoto): PhotoTexts => ({
  caption: photo.caption,
  credit: photo.credit,
  altText: photo.altText,
  keywords: photo.keywords.join(', '),
});

/** "a, b,, c " → ["a", "b", "c"]: keywords are typed as one comma-separated line. */
const keywordList = (line: string): string[] =>
  [...new Set(line.split(/[,;\n]/).map((keyword) => keyword.trim()).filter(Boolean))];

/**
 * The selected photo's own texts, edited in place: Chú thích, Tác giả ảnh, Mô tả thay thế and Từ
 * khóa, saved together with the version the user started from (a newer save by someone else is a
 * conflict, shown, never overwritten). Key this component by photo id: after a save the form keeps
 * what the user typed and takes the new version from `photo`.
 */
export function PhotoDetails({ photo, editable, onSaved }: PhotoDetailsProps) {
  const { t } = useTranslation();
  const formatPublishTime = usePublishTime();
  const [texts, setTexts] = useState<PhotoTexts>(() => textsOf(photo));
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const set = (field: keyof PhotoTexts) => (value: string) => {
    setTexts((previous) => ({ ...previous, [field]: value }));
    setSaved(false);
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    try {
      const updated = await unwrap(
        newsdesk().media.update({
          id: photo.id,
          expectedVersion: photo.version,
          patch: { caption: texts.caption, credit: texts.credit, altText: texts.altText, keywords: keywordList(texts.keywords) },
        }),
      );
      setError(null);
      setSaved(true);
      onSaved(updated);
    } catch (failure) {
      setError(failure);
      // Someone else saved first: show their version (this form keeps the user's text until then).
      if (failure instanceof AppError && failure.code === 'conflict') {
        void unwrap(newsdesk().media.get({ id: photo.id })).then(onSaved, () => undefined);
      }
    } finally {
      setSaving(false);
    }
  };

  const field = (name: keyof PhotoTexts, label: string, multiline = false) => (
    <label className="field">
      <span className="field__label">{label}</span>
      {multiline ? (
        <ImeSafeInput multiline rows={3} value={texts[name]} onValueChange={set(name)} />
      ) : (
        <ImeSafeInput value={texts[name]} onValueChange={set(name)} />
      )}
    </label>
  );

  return (
    <form className="photo-details" aria-label={t('photos.details')} onSubmit={(event) => void save(event)}>
      <div className="photo-details__image">
        <PhotoImage mediaId={photo.id} size="web" alt={photo.altText} />
      </div>
      <fieldset disabled={!editable || saving}>
        {field('caption', t('authoring.caption'), true)}
        {field('credit', t('authoring.photoCredit'))}
        {field('altText', t('authoring.altText'))}
        {field('keywords', t('photos.keywords'))}
        {editable ? (
          <button type="submit" className="button button--primary">
            {t('article.save')}
          </button>
        ) : (
          <p className="field__hint">{t('photos.readOnly')}</p>
        )}
        {saved ? <span className="photo-details__saved" role="status">{t('photos.saved')}</span> : null}
      </fieldset>
      <ErrorMessage error={error} onDismiss={() => setError(null)} />
      <dl className="photo-details__facts">
        <Fact label={t('photos.facts.file')} value={photo.fileName} />
        <Fact label={t('photos.facts.size')} value={`${photo.width} × ${photo.height}`} />
        <Fact label={t('photos.facts.creator')} value={photo.creator} />
        <Fact label={t('photos.facts.takenAt')} value={photo.takenAt ? formatPublishTime(photo.takenAt) : ''} />
        <Fact label={t('photos.facts.city')} value={photo.city} />
        <Fact label={t('photos.facts.copyright')} value={photo.copyright} />
        <Fact
          label={t('photos.facts.imported')}
          value={`${formatPublishTime(photo.importedAt)}${photo.importedBy ? ` · ${photo.importedBy.displayName}` : ''}`}
        />
      </dl>
    </form>
  );
}

/** One line of the photo's facts; a fact the file does not give is left out. */
function Fact({ label, value }: { label: string; value: string }) {
  if (value === '') return null;
  return (
    <>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </>
  );
}
