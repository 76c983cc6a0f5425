import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../shared/contract/contract';
import { AppError } from '../../shared/errors';
import { newsdesk, unwrap } from '../api/newsdesk';

export function SignInScreen({ newsroomName, onSignedIn }: { newsroomName: string | null; onSignedIn(session: SessionInfo): void }) {
  const { t } = useTranslation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      onSignedIn(await unwrap(newsdesk().session.signIn({ username, password })));
    } catch (failure) {
      setPassword('');
      const appError = failure instanceof AppError ? failure : null;
      setError(
        appError?.code === 'rate_limited'
          ? t('signIn.locked', { seconds: appError.retryAfterSeconds ?? 60 })
          : appError?.code === 'unauthenticated'
            ? t('signIn.wrong')
            : t('errors.internal'),
      );
    }
  };

  return (
    <main className="gate">
      <form className="gate__form" onSubmit={(event) => void submit(event)} aria-labelledby="sign-in-title">
        <p className="gate__newsroom">{newsroomName ?? t('app.name')}</p>
        <h1 id="sign-in-title">{t('signIn.title')}</h1>
        <label className="field">
          <span className="field__label">{t('signIn.username')}</span>
          <input autoComplete="username" value={username} onChange={(event) => setUsername(event.target.value)} required />
        </label>
        <label className="field">
          <span className="field__label">{t('signIn.password')}</span>
          <input type="password" autoComplete="current-password" value={password} onChange={(event) => setPassword(event.target.value)} required />
        </label>
        {error ? <p className="error" role="alert">{error}</p> : null}
        <button type="submit" className="button button--primary">
          {t('signIn.submit')}
        </button>
      </form>
    </main>
  );
}
