import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DestinationKind, DestinationSummary } from '../../shared/domain/destination';

export interface DestinationDraft {
  kind: DestinationKind;
  name: string;
  url: string;
  username: string;
  /** Empty when editing means "keep the stored secret". */
  secret: string;
}

const draftOf = (destination: DestinationSummary | null): DestinationDraft => ({
  kind: destination?.kind ?? 'ninjs-http',
  name: destination?.name ?? '',
  url: destination?.url ?? '',
  username: destination?.username ?? '',
  secret: '',
});

/**
 * Adds a destination, or edits one (`editing`): the kind is chosen once, WordPress asks for the
 * account and its application password. The secret field starts empty even when editing, because
 * secrets never come back from main; left empty, the stored one is kept.
 */
export function DestinationForm({
  editing,
  onSubmit,
  onCancel,
}: {
  editing: DestinationSummary | null;
  onSubmit(draft: DestinationDraft): Promise<boolean>;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(() => draftOf(editing));
  const wordpress = draft.kind === 'wordpress';
  const title = editing ? t('destinations.editTitle', { name: editing.name }) : t('destinations.add');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void onSubmit(draft).then((saved) => {
      if (saved && !editing) setDraft(draftOf(null));
    });
  };

  return (
    <form className="users__add" onSubmit={submit} aria-label={title}>
      <label className="field">
        <span className="field__label">{t('destinations.kind')}</span>
        <select value={draft.kind} disabled={editing !== null} onChange={(event) => setDraft({ ...draft, kind: event.target.value as DestinationKind })}>
          <option value="ninjs-http">{t('destinations.kinds.ninjs-http')}</option>
          <option value="wordpress">{t('destinations.kinds.wordpress')}</option>
        </select>
      </label>
      <label className="field">
        <span className="field__label">{t('destinations.name')}</span>
        <input required value={draft.name} onChange={(event) => setDraft({ ...draft, name: event.target.value })} />
      </label>
      <label className="field">
        <span className="field__label">{wordpress ? t('destinations.siteUrl') : t('destinations.url')}</span>
        <input required type="url" value={draft.url} onChange={(event) => setDraft({ ...draft, url: event.target.value })} />
      </label>
      {wordpress ? (
        <label className="field">
          <span className="field__label">{t('destinations.username')}</span>
          <input required autoComplete="off" value={draft.username} onChange={(event) => setDraft({ ...draft, username: event.target.value })} />
        </label>
      ) : null}
      <label className="field">
        <span className="field__label">{wordpress ? t('destinations.applicationPassword') : t('destinations.secret')}</span>
        <input
          required={editing === null}
          type="password"
          autoComplete="new-password"
          minLength={16}
          placeholder={editing ? t('destinations.keepSecret') : undefined}
          value={draft.secret}
          onChange={(event) => setDraft({ ...draft, secret: event.target.value })}
        />
      </label>
      {wordpress ? <p className="list__hint">{t('destinations.applicationPasswordHint')}</p> : null}
      <div className="field--inline">
        <button type="submit" className="button button--primary">
          {editing ? t('destinations.save') : t('destinations.add')}
        </button>
        {editing ? (
          <button type="button" className="button" onClick={onCancel}>
            {t('destinations.cancelEdit')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
