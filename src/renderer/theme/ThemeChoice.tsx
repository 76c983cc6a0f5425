import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { THEMES, type Theme } from '../../shared/domain/theme';
import { newsdesk, unwrap } from '../api/newsdesk';
import { applyTheme, appliedTheme } from './theme';

/** Theo hệ thống / Sáng / Tối: stored in the machine's settings, applied at once. */
export function ThemeChoice() {
  const { t } = useTranslation();
  const [theme, setTheme] = useState<Theme>(appliedTheme);

  const choose = async (next: Theme) => {
    const saved = await unwrap(newsdesk().settings.setTheme({ theme: next }));
    applyTheme(saved.theme);
    setTheme(saved.theme);
  };

  return (
    <label className="field">
      <span className="field__label">{t('theme.label')}</span>
      <select value={theme} onChange={(event) => void choose(event.target.value as Theme)}>
        {THEMES.map((option) => (
          <option key={option} value={option}>
            {t(`theme.options.${option}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
