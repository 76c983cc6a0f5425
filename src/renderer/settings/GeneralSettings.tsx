import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../shared/domain/language';
import { newsdesk, unwrap } from '../api/newsdesk';
import { changeLanguage } from '../i18n/i18n';
import { ThemeChoice } from '../theme/ThemeChoice';

/** Chung: this machine's language and theme. */
export function GeneralSettings() {
  const { t, i18n } = useTranslation();

  const choose = async (language: Language) => {
    const saved = await unwrap(newsdesk().settings.setLanguage({ language }));
    await changeLanguage(saved.language);
  };

  return (
    <section className="settings__general" aria-labelledby="settings-general-title">
      <h3 id="settings-general-title">{t('settings.sections.general')}</h3>
      <label className="field">
        <span className="field__label">{t('settings.language')}</span>
        <select value={i18n.language} onChange={(event) => void choose(event.target.value as Language)}>
          {LANGUAGES.map((language) => (
            <option key={language} value={language}>
              {t(`settings.languages.${language}`)}
            </option>
          ))}
        </select>
      </label>
      <ThemeChoice />
    </section>
  );
}
