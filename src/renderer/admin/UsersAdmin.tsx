import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../shared/domain/roles';
import type { User } from '../../shared/domain/user';
import { sortByName } from '../../shared/text/collation';
import { newsdesk, unwrap } from '../api/newsdesk';
import { ErrorMessage } from '../components/ErrorMessage';
import { useUiLanguage } from '../i18n/ui-language';
import { useAdminList } from './use-admin-list';

const EMPTY = { username: '', displayName: '', initials: '', password: '', roles: ['reporter'] as Role[] };
const listUsers = () => unwrap(newsdesk().users.list({}));

/** Admins add users, change their roles and disable them. The router refuses these calls to others. */
export function UsersAdmin() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const { items, error, clearError, attempt } = useAdminList<User>(listUsers);
  const users = sortByName(items, (user) => user.displayName, language);
  const [form, setForm] = useState(EMPTY);

  const toggleRole = (roles: Role[], role: Role): Role[] =>
    roles.includes(role) ? roles.filter((held) => held !== role) : [...roles, role];

  const add = (event: FormEvent) => {
    event.preventDefault();
    void attempt(async () => {
      await unwrap(newsdesk().users.create(form));
      setForm(EMPTY);
    });
  };

  return (
    <section className="users" aria-labelledby="users-title">
      <h3 id="users-title">{t('users.title')}</h3>
      <ErrorMessage error={error} onDismiss={clearError} />
      <table className="users__table">
        <tbody>
          {users.map((user) => (
            <tr key={user.id}>
              <th scope="row">
                {user.displayName} ({user.username})
              </th>
              <td>
                {ROLES.map((role) => (
                  <label key={role} className="users__role">
                    <input
                      type="checkbox"
                      checked={user.roles.includes(role)}
                      onChange={() =>
                        void attempt(() =>
                          unwrap(newsdesk().users.update({ id: user.id, expectedVersion: user.version, roles: toggleRole(user.roles, role) })),
                        )
                      }
                    />
                    {t(`roles.${role}`)}
                  </label>
                ))}
              </td>
              <td>
                <label>
                  <input
                    type="checkbox"
                    checked={user.disabled}
                    onChange={() =>
                      void attempt(() => unwrap(newsdesk().users.update({ id: user.id, expectedVersion: user.version, disabled: !user.disabled })))
                    }
                  />
                  {t('users.disabled')}
                </label>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form className="users__add" onSubmit={add} aria-label={t('users.add')}>
        {(['displayName', 'initials', 'username', 'password'] as const).map((key) => (
          <label key={key} className="field">
            <span className="field__label">
              {t(key === 'displayName' ? 'setup.displayName' : key === 'initials' ? 'setup.initials' : key === 'username' ? 'signIn.username' : 'signIn.password')}
            </span>
            <input
              type={key === 'password' ? 'password' : 'text'}
              required
              value={form[key]}
              onChange={(event) => setForm({ ...form, [key]: event.target.value })}
            />
          </label>
        ))}
        <fieldset>
          <legend>{t('users.roles')}</legend>
          {ROLES.map((role) => (
            <label key={role} className="users__role">
              <input type="checkbox" checked={form.roles.includes(role)} onChange={() => setForm({ ...form, roles: toggleRole(form.roles, role) })} />
              {t(`roles.${role}`)}
            </label>
          ))}
        </fieldset>
        <button type="submit" className="button button--primary">
          {t('users.add')}
        </button>
      </form>
    </section>
  );
}
