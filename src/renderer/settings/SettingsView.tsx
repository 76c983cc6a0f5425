import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../shared/domain/user';
import { DestinationsAdmin } from '../admin/DestinationsAdmin';
import { NewsroomAdmin } from '../admin/NewsroomAdmin';
import { UsersAdmin } from '../admin/UsersAdmin';
import { GeneralSettings } from './GeneralSettings';
import { sectionsFor, type SettingsSection } from './settings-sections';

interface SettingsViewProps {
  user: User;
  onNewsroomRenamed(name: string): void;
}

/**
 * Cài đặt: a list of sections, each its own page (Chung, Người dùng, Nơi xuất bản, Tòa soạn).
 * The list is buttons with aria-current, reached by Tab; ↑/↓ move between them as in the sidebar.
 */
export function SettingsView({ user, onNewsroomRenamed }: SettingsViewProps) {
  const { t } = useTranslation();
  const sections = sectionsFor(user);
  const [current, setCurrent] = useState<SettingsSection>('general');
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  const moveWithArrows = (event: KeyboardEvent, index: number) => {
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    buttons.current[(index + step + sections.length) % sections.length]?.focus();
  };

  return (
    <section className="settings settings--sections" aria-labelledby="settings-title">
      <h2 id="settings-title">{t('settings.title')}</h2>
      <div className="settings__layout">
        <ul className="settings__sections" aria-label={t('settings.sectionsLabel')}>
          {sections.map((section, index) => (
            <li key={section}>
              <button
                ref={(button) => {
                  buttons.current[index] = button;
                }}
                type="button"
                aria-current={section === current ? 'page' : undefined}
                onClick={() => setCurrent(section)}
                onKeyDown={(event) => moveWithArrows(event, index)}
              >
                {t(`settings.sections.${section}`)}
              </button>
            </li>
          ))}
        </ul>
        <div className="settings__page">
          {current === 'general' ? <GeneralSettings /> : null}
          {current === 'users' ? <UsersAdmin /> : null}
          {current === 'destinations' ? <DestinationsAdmin /> : null}
          {current === 'newsroom' ? <NewsroomAdmin onRenamed={onNewsroomRenamed} /> : null}
        </div>
      </div>
    </section>
  );
}
