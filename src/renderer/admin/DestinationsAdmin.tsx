import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConnectionCheck, DestinationSummary } from '../../shared/domain/destination';
import { newsdesk, unwrap } from '../api/newsdesk';
import { ErrorMessage } from '../components/ErrorMessage';
import { useAdminList } from './use-admin-list';

const EMPTY = { name: '', url: '', secret: '' };
const listDestinations = () => unwrap(newsdesk().destinations.list({}));

/**
 * Nơi xuất bản: the admin adds ninjs HTTP destinations, checks them, turns them on and off. The
 * website folder is always there and needs no setup. Secrets are write-only: typed here, sent to
 * main, encrypted there, and never shown again.
 */
export function DestinationsAdmin() {
  const { t } = useTranslation();
  const { items: destinations, error, clearError, attempt } = useAdminList<DestinationSummary>(listDestinations);
  const [checks, setChecks] = useState<Record<string, ConnectionCheck>>({});
  const [form, setForm] = useState(EMPTY);

  const add = (event: FormEvent) => {
    event.preventDefault();
    void attempt(async () => {
      await unwrap(newsdesk().destinations.save({ name: form.name, url: form.url, enabled: true, secret: form.secret }));
      setForm(EMPTY);
    });
  };

  const check = (id: string) =>
    void attempt(async () => {
      const result = await unwrap(newsdesk().destinations.check({ id }));
      setChecks((current) => ({ ...current, [id]: result }));
    });

  return (
    <section className="destinations" aria-labelledby="destinations-title">
      <h3 id="destinations-title">{t('destinations.title')}</h3>
      <p className="list__hint">{t('destinations.website')}</p>
      <ErrorMessage error={error} onDismiss={clearError} />
      <ul className="destinations__list">
        {destinations.map((destination) => (
          <li key={destination.id}>
            <strong>{destination.name}</strong> · {destination.url}
            <label className="field--inline">
              <input
                type="checkbox"
                checked={destination.enabled}
                onChange={() =>
                  void attempt(() =>
                    unwrap(newsdesk().destinations.save({ id: destination.id, name: destination.name, url: destination.url, enabled: !destination.enabled })),
                  )
                }
              />
              {t('destinations.enabled')}
            </label>
            <button type="button" className="button" onClick={() => check(destination.id)}>
              {t('destinations.check')}
            </button>
            <button type="button" className="button" onClick={() => void attempt(() => unwrap(newsdesk().destinations.remove({ id: destination.id })))}>
              {t('destinations.remove')}
            </button>
            {checks[destination.id] ? (
              <span role="status">
                {checks[destination.id]!.ok ? t('destinations.checkOk') : t('destinations.checkFailed', { message: checks[destination.id]!.message })}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      <form className="users__add" onSubmit={add} aria-label={t('destinations.add')}>
        <label className="field">
          <span className="field__label">{t('destinations.name')}</span>
          <input required value={form.name} onChange={(event) => setForm({ ...form, name: event.target.value })} />
        </label>
        <label className="field">
          <span className="field__label">{t('destinations.url')}</span>
          <input required type="url" value={form.url} onChange={(event) => setForm({ ...form, url: event.target.value })} />
        </label>
        <label className="field">
          <span className="field__label">{t('destinations.secret')}</span>
          <input required type="password" minLength={16} value={form.secret} onChange={(event) => setForm({ ...form, secret: event.target.value })} />
        </label>
        <button type="submit" className="button button--primary">
          {t('destinations.add')}
        </button>
      </form>
    </section>
  );
}
