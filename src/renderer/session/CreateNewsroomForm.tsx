import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../shared/contract/contract';
import { DEFAULT_CATEGORIES } from '../../shared/domain/category';
import { newsdesk, unwrap } from '../api/newsdesk';
import { CategoryListEditor, useCategoryListProblem } from '../components/CategoryListEditor';
import { ErrorMessage } from '../components/ErrorMessage';

const ACCOUNT_FIELDS = { newsroomName: '', displayName: '', initials: '', username: '', password: '' };

/** A newsroom on this computer: its name, the first account (admin and editor-in-chief), its sections. */
export function CreateNewsroomForm({ onDone }: { onDone(session: SessionInfo): void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState(ACCOUNT_FIELDS);
  const [categories, setCategories] = useState<string[]>(() => DEFAULT_CATEGORIES.map((category) => category.name));
  const [error, setError] = useState<unknown>(null);
  const categoryProblem = useCategoryListProblem();
  const [problem, setProblem] = useState<string | null>(null);
  const field = (key: keyof typeof form, label: string, type = 'text') => (
    <label className="field">
      <span className="field__label">{label}</span>
      <input type={type} value={form[key]} required onChange={(event) => setForm({ ...form, [key]: event.target.value })} />
    </label>
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const named = categories.map((name) => name.trim()).filter((name) => name !== '');
    const found = categoryProblem(named);
    setProblem(found);
    if (found) return;
    try {
      onDone(await unwrap(newsdesk().setup.createNewsroom({ ...form, categories: named })));
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <form className="setup__create" onSubmit={(event) => void submit(event)} aria-labelledby="setup-title">
      {field('newsroomName', t('setup.newsroomName'))}
      <fieldset className="setup__group">
        <legend>{t('setup.account')}</legend>
        {field('displayName', t('setup.displayName'))}
        {field('initials', t('setup.initials'))}
        {field('username', t('signIn.username'))}
        {field('password', t('signIn.password'), 'password')}
      </fieldset>
      <fieldset className="setup__group">
        <legend>{t('setup.categories')}</legend>
        <p className="list__hint">{t('setup.categoriesHint')}</p>
        <CategoryListEditor names={categories} onChange={setCategories} />
      </fieldset>
      {problem ? <p role="alert">{problem}</p> : null}
      <ErrorMessage error={error} onDismiss={() => setError(null)} />
      <button type="submit" className="button button--primary">
        {t('setup.submit')}
      </button>
    </form>
  );
}
