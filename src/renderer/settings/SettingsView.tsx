import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../shared/domain/language';
import type { User } from '../../shared/domain/user';
import { BackupsAdmin } from '../admin/BackupsAdmin';
import { DestinationsAdmin } from '../admin/DestinationsAdmin';
import { UsersAdmin } from '../admin/UsersAdmin';
import { newsdesk, unwrap } from '../api/newsdesk';
import { changeLanguage } from '../i18n/i18n';
import { ThemeChoice } from '../theme/ThemeChoice';

export function SettingsView({ user }: { user: User }) {
  const { t, i18n } = useTranslation();

  const choose = async (language: Language) => {
    const saved = await unwrap(newsdesk().settings.setLanguage({ language }));
    await changeLanguage(saved.language);
  };

  return (
    <section className="settings" aria-labelledby="settings-title">
      <h2 id="settings-title">{t('settings.title')}</h2>
      <label className="field">
        <span className="field__label">{t('settings.language')}</span>
        <select
          value={i18n.language}
          onChange={(event) => void choose(event.target.value as Language)}
        >
          {LANGUAGES.map((language) => (
            <option key={language} value={language}>
              {t(`settings.languages.${language}`)}
            </option>
          ))}
        </select>
      </label>
      <ThemeChoice />
      {user.roles.includes('admin') ? (
        <>
          <UsersAdmin />
          <DestinationsAdmin />
          <BackupsAdmin />
        </>
      ) : null}
    </section>
  );
}
