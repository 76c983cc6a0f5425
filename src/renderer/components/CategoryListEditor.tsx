import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { categoryKey, DEFAULT_CATEGORIES } from '../../shared/domain/category';

interface CategoryListEditorProps {
  names: string[];
  onChange(names: string[]): void;
}

/** The problem with a list of section names the core would refuse, in the UI language; null if none. */
export function useCategoryListProblem(): (names: string[]) => string | null {
  const { t } = useTranslation();
  return (names) => {
    const filled = names.map((name) => name.trim()).filter((name) => name !== '');
    if (filled.length === 0) return t('setup.categoriesEmpty');
    const seen = new Set<string>();
    for (const name of filled) {
      if (seen.has(categoryKey(name))) return t('setup.categoryTwice', { name });
      seen.add(categoryKey(name));
    }
    return null;
  };
}

/**
 * The newsroom's sections as a list to rename, remove and add to. A default section still under its
 * Vietnamese name shows its English meaning in the English UI; the stored name is what is typed.
 */
export function CategoryListEditor({ names, onChange }: CategoryListEditorProps) {
  const { t, i18n } = useTranslation();
  const [draft, setDraft] = useState('');
  const gloss = (name: string) => {
    if (i18n.language === 'vi') return null;
    const known = DEFAULT_CATEGORIES.find((category) => category.name === name);
    return known ? t(`setup.categoryGloss.${known.key}`) : null;
  };

  const add = () => {
    if (draft.trim() === '') return;
    onChange([...names, draft.trim()]);
    setDraft('');
  };
  // Enter in the new name adds it instead of submitting the form around the list.
  const addOnEnter = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    event.preventDefault();
    add();
  };

  return (
    <div className="category-editor">
      <ol className="category-editor__list">
        {names.map((name, index) => (
          <li key={index} className="category-editor__row">
            <input
              aria-label={t('setup.categoryName', { n: index + 1 })}
              value={name}
              onChange={(event) => onChange(names.map((other, at) => (at === index ? event.target.value : other)))}
            />
            {gloss(name) ? <span className="category-editor__gloss">{gloss(name)}</span> : null}
            <button
              type="button"
              className="button"
              aria-label={t('setup.removeCategory', { name })}
              onClick={() => onChange(names.filter((_, at) => at !== index))}
            >
              ×
            </button>
          </li>
        ))}
      </ol>
      <div className="category-editor__add">
        <input aria-label={t('setup.newCategory')} value={draft} onChange={(event) => setDraft(event.target.value)} onKeyDown={addOnEnter} />
        <button type="button" className="button" onClick={add}>
          {t('setup.addCategory')}
        </button>
      </div>
    </div>
  );
}
