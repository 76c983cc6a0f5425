import { useTranslation } from 'react-i18next';

export interface ConflictField {
  label: string;
  mine: string;
  theirs: string;
}

interface ConflictPanelProps {
  version: number;
  fields: ConflictField[];
  onKeepMine(): void;
  onUseTheirs(): void;
}

/**
 * Shown when a save meets a newer version: both texts side by side for every field that differs,
 * and an explicit choice. Nothing is overwritten until the user chooses, and the version not kept
 * stays in the store's history.
 */
export function ConflictPanel({ version, fields, onKeepMine, onUseTheirs }: ConflictPanelProps) {
  const { t } = useTranslation();
  return (
    <section className="conflict" aria-labelledby="conflict-title">
      <h3 id="conflict-title">{t('conflict.title', { version })}</h3>
      <table className="conflict__table">
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col">{t('conflict.theirs')}</th>
            <th scope="col">{t('conflict.mine')}</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((field) => (
            <tr key={field.label}>
              <th scope="row">{field.label}</th>
              <td>{field.theirs}</td>
              <td>{field.mine}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="workflow__buttons">
        <button type="button" className="button button--primary" onClick={onKeepMine}>
          {t('conflict.keepMine')}
        </button>
        <button type="button" className="button" onClick={onUseTheirs}>
          {t('conflict.useTheirs')}
        </button>
      </div>
    </section>
  );
}
