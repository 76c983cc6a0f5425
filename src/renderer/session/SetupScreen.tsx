import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../shared/contract/contract';
import { newsdesk, unwrap } from '../api/newsdesk';
import { ErrorMessage } from '../components/ErrorMessage';

/** First run: the newsroom's name and its first account (admin and editor-in-chief). */
export function SetupScreen({ onDone }: { onDone(session: SessionInfo): void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState({ newsroomName: '', displayName: '', initials: '', username: '', password: '' });
  const [error, setError] = useState<unknown>(null);
  const field = (key: keyof typeof form, label: string, type = 'text') => (
    <label className="field">
      <span className="field__label">{label}</span>
      <input type={type} value={form[key]} required onChange={(event) => setForm({ ...form, [key]: event.target.value })} />
    </label>
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      onDone(await unwrap(newsdesk().setup.createNewsroom(form)));
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <main className="gate">
      <form className="gate__form" onSubmit={(event) => void submit(event)} aria-labelledby="setup-title">
        <h1 id="setup-title">{t('setup.title')}</h1>
        <p>{t('setup.intro')}</p>
        {field('newsroomName', t('setup.newsroomName'))}
        {field('displayName', t('setup.displayName'))}
        {field('initials', t('setup.initials'))}
        {field('username', t('signIn.username'))}
        {field('password', t('signIn.password'), 'password')}
        <ErrorMessage error={error} onDismiss={() => setError(null)} />
        <button type="submit" className="button button--primary">
          {t('setup.submit')}
        </button>
      </form>
    </main>
  );
}
