import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../../shared/domain/article';
import type { FieldDiff, RevisionSummary } from '../../shared/domain/revision';
import { usePublishTime } from '../i18n/ui-language';
import { newsdesk, unwrap } from '../api/newsdesk';
import { ErrorMessage } from '../components/ErrorMessage';

interface HistoryPanelProps {
  article: Article;
  /** Changes whenever a new revision may exist, so the list reloads. */
  refreshKey: number;
  onRestored(article: Article): void;
}

/** Lịch sử: revisions (who, when, why), a word diff between any two, and restore as a new revision. */
export function HistoryPanel({ article, refreshKey, onRestored }: HistoryPanelProps) {
  const { t } = useTranslation();
  const formatPublishTime = usePublishTime();
  const [revisions, setRevisions] = useState<RevisionSummary[]>([]);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [diff, setDiff] = useState<FieldDiff[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    unwrap(newsdesk().revisions.list({ articleId: article.id })).then((list) => {
      setRevisions(list);
      setTo((current) => current || (list[0]?.id ?? ''));
      setFrom((current) => current || (list[1]?.id ?? list[0]?.id ?? ''));
    }, setError);
  }, [article.id, refreshKey]);

  const label = (revision: RevisionSummary) =>
    t('authoring.history.entry', {
      time: formatPublishTime(revision.createdAt),
      reason: t(`authoring.history.reasons.${revision.reason}`),
      who: revision.userId ?? t('authoring.history.unknownUser'),
      version: revision.articleVersion,
    });

  const compare = () => {
    unwrap(newsdesk().revisions.diff({ fromRevisionId: from, toRevisionId: to })).then(setDiff, setError);
  };

  const restore = (revisionId: string) => {
    unwrap(newsdesk().revisions.restore({ revisionId, expectedVersion: article.version })).then(
      ({ article: restored }) => onRestored(restored),
      setError,
    );
  };

  const picker = (name: string, value: string, onChange: (id: string) => void) => (
    <label className="field field--inline">
      <span className="field__label">{name}</span>
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        {revisions.map((revision) => (
          <option key={revision.id} value={revision.id}>
            {label(revision)}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <section className="history" role="region" aria-label={t('authoring.history.title')}>
      <ErrorMessage error={error} onDismiss={() => setError(null)} />
      <ol className="history__list">
        {revisions.map((revision) => (
          <li key={revision.id}>
            {label(revision)}{' '}
            <button type="button" className="button" aria-label={t('authoring.history.restoreOne', { entry: label(revision) })} onClick={() => restore(revision.id)}>
              {t('authoring.history.restore')}
            </button>
          </li>
        ))}
      </ol>
      {revisions.length > 0 ? (
        <div className="history__compare">
          {picker(t('authoring.history.from'), from, setFrom)}
          {picker(t('authoring.history.to'), to, setTo)}
          <button type="button" className="button" onClick={compare}>
            {t('authoring.history.compare')}
          </button>
        </div>
      ) : null}
      {diff ? (
        <dl className="diff" aria-label={t('authoring.history.diff')}>
          {diff.map((field) => (
            <div key={field.field}>
              <dt>{t(`authoring.history.fields.${field.field}`)}</dt>
              <dd>
                {field.parts.map((part, index) =>
                  part.added ? <ins key={index}>{part.value}</ins> : part.removed ? <del key={index}>{part.value}</del> : <span key={index}>{part.value}</span>,
                )}
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
    </section>
  );
}
