import { useTranslation } from 'react-i18next';

/**
 * What joining a newsroom server will ask for. Joining itself is not built yet (#11), so the
 * button stays disabled and the page says so, rather than pretending to connect.
 */
export function JoinServerPage() {
  const { t } = useTranslation();
  return (
    <section className="setup__join" aria-labelledby="join-title">
      <h2 id="join-title">{t('setup.join.title')}</h2>
      <p>{t('setup.join.intro')}</p>
      <label className="field">
        <span className="field__label">{t('setup.join.serverAddress')}</span>
        <input type="url" aria-describedby="join-server-hint" />
      </label>
      <p id="join-server-hint" className="list__hint">
        {t('setup.join.serverHint')}
      </p>
      <label className="field">
        <span className="field__label">{t('signIn.username')}</span>
        <input aria-describedby="join-account-hint" autoComplete="username" />
      </label>
      <label className="field">
        <span className="field__label">{t('signIn.password')}</span>
        <input type="password" aria-describedby="join-account-hint" autoComplete="current-password" />
      </label>
      <p id="join-account-hint" className="list__hint">
        {t('setup.join.accountHint')}
      </p>
      <p id="join-unavailable" className="setup__unavailable" role="note">
        {t('setup.join.unavailable')}
      </p>
      <button type="button" className="button button--primary" disabled aria-describedby="join-unavailable">
        {t('setup.join.submit')}
      </button>
    </section>
  );
}
