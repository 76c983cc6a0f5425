import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Article } from '../../shared/domain/article';
import { storyTexts } from '../../shared/editor/body-text';
import { draftOf, type Draft } from './draft';

interface ConflictField {
  label: string;
  mine: string;
  theirs: string;
}

interface ConflictPanelProps {
  /** The editor's text. */
  mine: Draft;
  /** The newer stored version the save ran into. */
  theirs: Article;
  onKeepMine(): void;
  onUseTheirs(): void;
}

/** The texts of a draft, side by side with a newer stored version, for the conflict comparison. */
const comparable = (draft: Draft) => ({
  category: draft.category,
  ...storyTexts(draft),
  byline: [draft.bylineLabel, ...draft.authors.map((author) => author.name)].join(' '),
});

/** Every field whose text differs between the editor and the newer version, labelled. */
function differences(mine: Draft, newer: Article, t: TFunction): ConflictField[] {
  const ours = comparable(mine);
  const saved = comparable(draftOf(newer));
  const labels: Record<keyof typeof ours, string> = {
    category: t('article.category'),
    headline: t('article.headline'),
    sapo: t('article.sapo'),
    body: t('article.body'),
    captions: t('authoring.history.fields.captions'),
    byline: t('authoring.byline'),
  };
  return (Object.keys(ours) as (keyof typeof ours)[])
    .filter((field) => ours[field] !== saved[field])
    .map((field) => ({ label: labels[field], mine: ours[field], theirs: saved[field] }));
}

/**
 * Shown when a save meets a newer version: both texts side by side for every field that differs,
 * and an explicit choice. Nothing is overwritten until the user chooses, and the version not kept
 * stays in the store's history.
 */
export function ConflictPanel({ mine, theirs, onKeepMine, onUseTheirs }: ConflictPanelProps) {
  const { t } = useTranslation();
  const fields = differences(mine, theirs, t);
  return (
    <section className="conflict" aria-labelledby="conflict-title">
      <h3 id="conflict-title">{t('conflict.title', { version: theirs.version })}</h3>
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
