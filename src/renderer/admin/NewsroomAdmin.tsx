import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { newsdesk, unwrap } from '../api/newsdesk';
import { CategoryListEditor, useCategoryListProblem } from '../components/CategoryListEditor';
import { ErrorMessage } from '../components/ErrorMessage';
import { BackupsAdmin } from './BackupsAdmin';

/** Tòa soạn: the newsroom's name, its sections (Chuyên mục) and its backups. */
export function NewsroomAdmin({ onRenamed }: { onRenamed(name: string): void }) {
  const { t } = useTranslation();
  return (
    <section className="newsroom-admin" aria-labelledby="newsroom-admin-title">
      <h3 id="newsroom-admin-title">{t('settings.sections.newsroom')}</h3>
      <NewsroomNameForm onRenamed={onRenamed} />
      <CategoriesForm />
      <BackupsAdmin />
    </section>
  );
}

function NewsroomNameForm({ onRenamed }: { onRenamed(name: string): void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    void unwrap(newsdesk().session.current({})).then((session) => setName(session.newsroomName ?? ''), setError);
  }, []);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const renamed = await unwrap(newsdesk().newsroom.rename({ name }));
      setName(renamed.name);
      setSaved(true);
      onRenamed(renamed.name);
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <form className="newsroom-admin__part" onSubmit={(event) => void save(event)} aria-labelledby="newsroom-name-title">
      <h4 id="newsroom-name-title">{t('setup.newsroomName')}</h4>
      <label className="field">
        <span className="field__label">{t('setup.newsroomName')}</span>
        <input value={name} required onChange={(event) => {
            setName(event.target.value);
            setSaved(false);
          }} />
      </label>
      <ErrorMessage error={error} onDismiss={() => setError(null)} />
      {saved ? <p role="status">{t('newsroomAdmin.renamed')}</p> : null}
      <button type="submit" className="button">
        {t('newsroomAdmin.saveName')}
      </button>
    </form>
  );
}

function CategoriesForm() {
  const { t } = useTranslation();
  const [names, setNames] = useState<string[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const categoryProblem = useCategoryListProblem();

  useEffect(() => {
    void unwrap(newsdesk().categories.list({})).then((categories) => setNames(categories.map((category) => category.name)), setError);
  }, []);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const named = (names ?? []).map((name) => name.trim()).filter((name) => name !== '');
    const problem = categoryProblem(named);
    if (problem) return setNotice(problem);
    try {
      const stored = await unwrap(newsdesk().categories.replace({ names: named }));
      setNames(stored.map((category) => category.name));
      setNotice(t('newsroomAdmin.categoriesSaved'));
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <form className="newsroom-admin__part" onSubmit={(event) => void save(event)} aria-labelledby="newsroom-categories-title">
      <h4 id="newsroom-categories-title">{t('setup.categories')}</h4>
      <p className="list__hint">{t('newsroomAdmin.categoriesHint')}</p>
      {names ? <CategoryListEditor names={names} onChange={(next) => {
            setNames(next);
            setNotice(null);
          }} /> : null}
      <ErrorMessage error={error} onDismiss={() => setError(null)} />
      {notice ? <p role="status">{notice}</p> : null}
      <button type="submit" className="button">
        {t('newsroomAdmin.saveCategories')}
      </button>
    </form>
  );
}
