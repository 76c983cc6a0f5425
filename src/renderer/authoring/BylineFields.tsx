import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ImeSafeInput } from '../components/ImeSafeInput';
import { AUTHOR_ROLES, BYLINE_LABEL_SUGGESTIONS, type Author, type AuthorRole } from '../../shared/domain/byline';

interface BylineFieldsProps {
  label: string;
  authors: Author[];
  onLabelChange(label: string): void;
  onAuthorsChange(authors: Author[]): void;
}

/** Nhãn tác giả (with the common forms as suggestions) and Tác giả: names or initials, each with roles. */
export function BylineFields({ label, authors, onLabelChange, onAuthorsChange }: BylineFieldsProps) {
  const { t } = useTranslation();
  const listId = useId();
  const rows = authors.length > 0 ? authors : [{ name: '', roles: ['writer'] as AuthorRole[] }];

  const setRow = (index: number, author: Author) => onAuthorsChange(rows.map((row, at) => (at === index ? author : row)));
  const toggleRole = (index: number, role: AuthorRole) => {
    const row = rows[index]!;
    const roles = row.roles.includes(role) ? row.roles.filter((item) => item !== role) : [...row.roles, role];
    setRow(index, { ...row, roles: AUTHOR_ROLES.filter((item) => roles.includes(item)) });
  };

  return (
    <fieldset className="byline">
      <legend>{t('authoring.byline')}</legend>
      <label className="field field--inline">
        <span className="field__label">{t('authoring.bylineLabel')}</span>
        <ImeSafeInput list={listId} value={label} onValueChange={onLabelChange} />
        <datalist id={listId}>
          {BYLINE_LABEL_SUGGESTIONS.map((suggestion) => (
            <option key={suggestion} value={suggestion} />
          ))}
        </datalist>
      </label>
      {rows.map((author, index) => (
        <div className="byline__author" key={index}>
          <label className="field field--inline">
            <span className="field__label">{t('authoring.authors')}</span>
            <ImeSafeInput value={author.name} onValueChange={(name) => setRow(index, { ...author, name })} />
          </label>
          {AUTHOR_ROLES.map((role) => (
            <label key={role} className="byline__role">
              <input type="checkbox" checked={author.roles.includes(role)} onChange={() => toggleRole(index, role)} />
              {t(`authoring.roles.${role}`)}
            </label>
          ))}
          {rows.length > 1 ? (
            <button type="button" className="button" onClick={() => onAuthorsChange(rows.filter((_, at) => at !== index))}>
              {t('authoring.removeAuthor')}
            </button>
          ) : null}
        </div>
      ))}
      <button type="button" className="button" onClick={() => onAuthorsChange([...rows, { name: '', roles: ['writer'] }])}>
        {t('authoring.addAuthor')}
      </button>
    </fieldset>
  );
}
