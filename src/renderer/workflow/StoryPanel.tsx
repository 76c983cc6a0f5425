import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../shared/domain/audit';
import { plainTextFromBody } from '../../shared/domain/article-body';
import type { Note } from '../../shared/domain/note';
import type { OutboxJob } from '../../shared/domain/outbox';
import type { Publication, PublicationSummary } from '../../shared/domain/publication';
import type { Colleague } from '../../shared/domain/user';
import { usePublishTime } from '../i18n/ui-language';
import { WORKFLOW_ACTIONS, type WorkflowAction } from '../../shared/workflow/transitions';
import { newsdesk, unwrap } from '../api/newsdesk';
import { ErrorMessage } from '../components/ErrorMessage';

type Tab = 'notes' | 'history' | 'publications';
const TABS: Tab[] = ['notes', 'history', 'publications'];

interface StoryPanelProps {
  articleId: string;
  /** Changes whenever the story moved, so the panel reloads. */
  version: number;
  colleagues: Colleague[];
}

/** The side panel: the desk's notes, the audit trail and the published versions of one story. */
export function StoryPanel({ articleId, version, colleagues }: StoryPanelProps) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('notes');
  const nameOf = (userId: string | null) =>
    colleagues.find((colleague) => colleague.id === userId)?.displayName ?? t('panel.unknownUser');

  return (
    <aside className="panel" aria-label={t('panel.label')}>
      <div role="tablist" className="panel__tabs">
        {TABS.map((name) => (
          <button key={name} type="button" role="tab" aria-selected={tab === name} onClick={() => setTab(name)}>
            {t(`panel.${name}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" aria-label={t(`panel.${tab}`)}>
        {tab === 'notes' ? <NotesTab articleId={articleId} version={version} nameOf={nameOf} /> : null}
        {tab === 'history' ? <HistoryTab articleId={articleId} version={version} nameOf={nameOf} /> : null}
        {tab === 'publications' ? <PublicationsTab articleId={articleId} version={version} nameOf={nameOf} /> : null}
      </div>
    </aside>
  );
}

interface TabProps {
  articleId: string;
  version: number;
  nameOf(userId: string | null): string;
}

function NotesTab({ articleId, version, nameOf }: TabProps) {
  const { t } = useTranslation();
  const formatPublishTime = usePublishTime();
  const [notes, setNotes] = useState<Note[]>([]);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    unwrap(newsdesk().notes.list({ articleId })).then(setNotes, setError);
  }, [articleId, version]);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const note = await unwrap(newsdesk().notes.add({ articleId, body: draft }));
      setNotes((current) => [...current, note]);
      setDraft('');
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <>
      <ErrorMessage error={error} onDismiss={() => setError(null)} />
      {notes.length === 0 ? <p className="panel__hint">{t('panel.noNotes')}</p> : null}
      <ol className="panel__list">
        {notes.map((note) => (
          <li key={note.id}>
            <span className="panel__meta">
              {nameOf(note.authorId)} · {formatPublishTime(note.createdAt)}
            </span>
            <p className="panel__note">{note.body}</p>
          </li>
        ))}
      </ol>
      <form onSubmit={(event) => void add(event)}>
        <label className="field">
          <span className="field__label">{t('panel.addNote')}</span>
          <textarea rows={2} value={draft} required onChange={(event) => setDraft(event.target.value)} />
        </label>
        <button type="submit" className="button">
          {t('panel.addNote')}
        </button>
      </form>
    </>
  );
}

const actionLabel = (action: string, t: ReturnType<typeof useTranslation>['t']): string =>
  (WORKFLOW_ACTIONS as readonly string[]).includes(action)
    ? t(`workflow.actions.${action as WorkflowAction}`)
    : action === 'create'
      ? t('panel.historyActions.create')
      : action;

function HistoryTab({ articleId, version, nameOf }: TabProps) {
  const { t } = useTranslation();
  const formatPublishTime = usePublishTime();
  const [entries, setEntries] = useState<AuditEntry[]>([]);
  useEffect(() => {
    void unwrap(newsdesk().audit.list({ articleId })).then(setEntries);
  }, [articleId, version]);
  if (entries.length === 0) return <p className="panel__hint">{t('panel.noHistory')}</p>;
  return (
    <ol className="panel__list" aria-label={t('panel.history')}>
      {entries.map((entry) => (
        <li key={entry.seq}>
          <span className="panel__meta">{formatPublishTime(entry.at)}</span>
          <span className="panel__entry">
            {t('panel.historyLine', { user: nameOf(entry.userId), action: actionLabel(entry.action, t) })}
            {entry.fromStatus && entry.toStatus && entry.fromStatus !== entry.toStatus
              ? ` (${t(`status.${entry.fromStatus}`)} → ${t(`status.${entry.toStatus}`)})`
              : ''}
          </span>
        </li>
      ))}
    </ol>
  );
}

/** The story's deliveries to its destinations (its transmission history). */
function Transmissions({ articleId, version }: { articleId: string; version: number }) {
  const { t } = useTranslation();
  const formatPublishTime = usePublishTime();
  const [jobs, setJobs] = useState<OutboxJob[]>([]);
  useEffect(() => {
    void unwrap(newsdesk().outbox.forArticle({ articleId })).then(setJobs);
  }, [articleId, version]);
  if (jobs.length === 0) return null;
  return (
    <>
      <h4>{t('queue.transmissions')}</h4>
      <ol className="panel__list" aria-label={t('queue.transmissions')}>
        {jobs.map((job) => (
          <li key={job.id}>
            <span className="panel__meta">{formatPublishTime(job.updatedAt)}</span>
            <span>
              {job.destinationId} · {t(`queue.actions.${job.action}`)} · {t(`queue.states.${job.state}`)}
              {job.lastError ? ` · ${job.lastError}` : ''}
            </span>
          </li>
        ))}
      </ol>
    </>
  );
}

function PublicationsTab({ articleId, version, nameOf }: TabProps) {
  const { t } = useTranslation();
  const formatPublishTime = usePublishTime();
  const [publications, setPublications] = useState<PublicationSummary[]>([]);
  const [open, setOpen] = useState<Publication | null>(null);
  useEffect(() => {
    void unwrap(newsdesk().publications.list({ articleId })).then(setPublications);
  }, [articleId, version]);

  if (open) {
    // The record is shown as text from its stored article JSON, never by injecting stored HTML.
    return (
      <article className="panel__snapshot" aria-label={t('panel.publication', { sequence: open.sequence, time: formatPublishTime(open.publishedAt), user: nameOf(open.publishedBy) })}>
        {open.correctionNotice ? <p className="panel__correction">{open.correctionNotice}</p> : null}
        <h3>{open.article.headline}</h3>
        <p>
          <strong>{open.article.sapo}</strong>
        </p>
        <p className="panel__note">{plainTextFromBody(open.article.body)}</p>
        <button type="button" className="button" onClick={() => setOpen(null)}>
          {t('panel.close')}
        </button>
      </article>
    );
  }
  if (publications.length === 0) return <p className="panel__hint">{t('panel.noPublications')}</p>;
  return (
    <>
    <Transmissions articleId={articleId} version={version} />
    <ol className="panel__list">
      {publications.map((publication) => (
        <li key={publication.id}>
          <span>
            {t('panel.publication', { sequence: publication.sequence, time: formatPublishTime(publication.publishedAt), user: nameOf(publication.publishedBy) })}
            {publication.kind === 'correction' ? ` · ${t('panel.correctionKind')}` : ''}
          </span>
          <button type="button" className="button" onClick={() => void unwrap(newsdesk().publications.get({ id: publication.id })).then(setOpen)}>
            {t('panel.view')}
          </button>
        </li>
      ))}
    </ol>
    </>
  );
}
