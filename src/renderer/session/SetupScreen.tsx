import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../shared/contract/contract';
import { CreateNewsroomForm } from './CreateNewsroomForm';
import { JoinServerPage } from './JoinServerPage';

type Start = 'alone' | 'join';

/**
 * First run: start a newsroom on this computer (its name, first account and sections), or join
 * the newsroom's server, which this version can only describe (#11 builds the joining).
 */
export function SetupScreen({ onDone }: { onDone(session: SessionInfo): void }) {
  const { t } = useTranslation();
  const [start, setStart] = useState<Start>('alone');

  return (
    <main className="gate">
      <div className="gate__form setup">
        <h1 id="setup-title">{t('setup.title')}</h1>
        <p>{t('setup.intro')}</p>
        <fieldset className="setup__start">
          <legend>{t('setup.start')}</legend>
          {(['alone', 'join'] as const).map((choice) => (
            <label key={choice} className="setup__choice">
              <input type="radio" name="setup-start" value={choice} checked={start === choice} onChange={() => setStart(choice)} />
              {t(choice === 'alone' ? 'setup.startAlone' : 'setup.startJoin')}
            </label>
          ))}
        </fieldset>
        {start === 'alone' ? <CreateNewsroomForm onDone={onDone} /> : <JoinServerPage />}
      </div>
    </main>
  );
}
