import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../shared/contract/contract';
import { newsdesk, unwrap } from './api/newsdesk';
import { useAppCommandSources } from './commands/app-commands';
import { useSpellingChoices } from './commands/spelling-choice';
import { Desk } from './desk/Desk';
import { SetupScreen } from './session/SetupScreen';
import { SignInScreen } from './session/SignInScreen';

/** The session gate: first-run setup, then sign-in, then the desk. */
export function App() {
  const { t } = useTranslation();
  const [session, setSession] = useState<SessionInfo | null>(null);
  useAppCommandSources();
  useSpellingChoices();

  useEffect(() => {
    void unwrap(newsdesk().session.current({})).then(setSession);
  }, []);

  if (!session) return <p className="gate">{t('app.loading')}</p>;
  if (session.needsSetup) return <SetupScreen onDone={setSession} />;
  if (!session.user) return <SignInScreen newsroomName={session.newsroomName} onSignedIn={setSession} />;
  return (
    <Desk
      key={session.user.id}
      user={session.user}
      newsroomName={session.newsroomName}
      onSignOut={() => void unwrap(newsdesk().session.signOut({})).then(setSession)}
    />
  );
}
