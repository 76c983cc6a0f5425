import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConnectionCheck, DestinationSummary } from '../../shared/domain/destination';
import { newsdesk, unwrap } from '../api/newsdesk';
import { ErrorMessage } from '../components/ErrorMessage';
import { DestinationForm, type DestinationDraft } from './DestinationForm';
import { useAdminList } from './use-admin-list';

const listDestinations = () => unwrap(newsdesk().destinations.list({}));

/** What a save sends: the WordPress account only for WordPress, the secret only when one was typed. */
const saveInput = (draft: DestinationDraft, id: string | undefined, enabled: boolean) => ({
  ...(id ? { id } : { kind: draft.kind }),
  name: draft.name,
  url: draft.url,
  ...(draft.kind === 'wordpress' ? { username: draft.username } : {}),
  enabled,
  ...(draft.secret ? { secret: draft.secret } : {}),
});

/**
 * Nơi xuất bản: the admin adds ninjs HTTP and WordPress destinations, edits and checks them, turns
 * them on and off. The website folder is always there and needs no setup. Secrets (signing keys,
 * application passwords) are write-only: typed here, sent to main, encrypted there, never shown again.
 */
export function DestinationsAdmin() {
  const { t } = useTranslation();
  const { items: destinations, error, clearError, attempt } = useAdminList<DestinationSummary>(listDestinations);
  const [checks, setChecks] = useState<Record<string, ConnectionCheck>>({});
  const [editing, setEditing] = useState<DestinationSummary | null>(null);

  const save = async (draft: DestinationDraft): Promise<boolean> => {
    let saved = false;
    await attempt(async () => {
      await unwrap(newsdesk().destinations.save(saveInput(draft, editing?.id, editing?.enabled ?? true)));
      saved = true;
      setEditing(null);
    });
    return saved;
  };

  const toggle = (destination: DestinationSummary) =>
    void attempt(() =>
      unwrap(
        newsdesk().destinations.save(
          saveInput({ ...destination, username: destination.username ?? '', secret: '' }, destination.id, !destination.enabled),
        ),
      ),
    );

  const check = (id: string) =>
    void attempt(async () => {
      const result = await unwrap(newsdesk().destinations.check({ id }));
      setChecks((current) => ({ ...current, [id]: result }));
    });

  const checkText = (destination: DestinationSummary, result: ConnectionCheck) => {
    if (!result.ok) return t('destinations.checkFailed', { message: result.message });
    return destination.kind === 'wordpress' ? t('destinations.checkOkWordpress') : t('destinations.checkOk');
  };

  return (
    <section className="destinations" aria-labelledby="destinations-title">
      <h3 id="destinations-title">{t('destinations.title')}</h3>
      <p className="list__hint">{t('destinations.website')}</p>
      <ErrorMessage error={error} onDismiss={clearError} />
      <ul className="destinations__list">
        {destinations.map((destination) => (
          <li key={destination.id}>
            <strong>{destination.name}</strong> · {t(`destinations.kinds.${destination.kind}`)} · {destination.url}
            {destination.username ? ` · ${destination.username}` : ''}
            <label className="field--inline">
              <input type="checkbox" checked={destination.enabled} onChange={() => toggle(destination)} />
              {t('destinations.enabled')}
            </label>
            <button type="button" className="button" onClick={() => setEditing(destination)}>
              {t('destinations.edit')}
            </button>
            <button type="button" className="button" onClick={() => check(destination.id)}>
              {t('destinations.check')}
            </button>
            <button type="button" className="button" onClick={() => void attempt(() => unwrap(newsdesk().destinations.remove({ id: destination.id })))}>
              {t('destinations.remove')}
            </button>
            {checks[destination.id] ? <span role="status">{checkText(destination, checks[destination.id]!)}</span> : null}
          </li>
        ))}
      </ul>
      <DestinationForm key={editing?.id ?? 'new'} editing={editing} onSubmit={save} onCancel={() => setEditing(null)} />
    </section>
  );
}
