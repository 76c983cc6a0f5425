import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DestinationHealth, OutboxJob } from '../../shared/domain/outbox';
import type { User } from '../../shared/domain/user';
import { usePublishTime } from '../i18n/ui-language';
import { newsdesk, unwrap } from '../api/newsdesk';
import { ErrorMessage } from '../components/ErrorMessage';

const KEEPERS = ['managing_editor', 'editor_in_chief', 'admin'];
const RETRYABLE: OutboxJob['state'][] = ['failed', 'retrying', 'pending'];
const CANCELABLE: OutboxJob['state'][] = ['failed', 'retrying', 'pending'];

/** Hàng đợi xuất bản: every delivery with its state, attempts, next try and error; Thử lại and Hủy. */
export function QueueView({ user, revision, onChanged }: { user: User; revision: number; onChanged(): void }) {
  const { t } = useTranslation();
  const formatPublishTime = usePublishTime();
  const [jobs, setJobs] = useState<OutboxJob[] | null>(null);
  const [health, setHealth] = useState<DestinationHealth[]>([]);
  const [error, setError] = useState<unknown>(null);
  const mayKeep = user.roles.some((role) => KEEPERS.includes(role));

  useEffect(() => {
    const load = () =>
      Promise.all([unwrap(newsdesk().outbox.list({})), unwrap(newsdesk().outbox.health({}))]).then(([list, perDestination]) => {
        setJobs(list);
        setHealth(perDestination);
      }, setError);
    void load();
    // Deliveries move in the background: refresh while the view is open.
    const timer = setInterval(() => void load(), 5_000);
    return () => clearInterval(timer);
  }, [revision]);

  const act = async (work: Promise<unknown>) => {
    try {
      await work;
      setJobs(await unwrap(newsdesk().outbox.list({})));
      setHealth(await unwrap(newsdesk().outbox.health({})));
      onChanged();
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <section className="queue" aria-labelledby="queue-title">
      <h2 id="queue-title">{t('queue.title')}</h2>
      <ErrorMessage error={error} onDismiss={() => setError(null)} />
      {health.length > 0 ? (
        <table className="queue__table queue__health" aria-label={t('queue.health')}>
          <thead>
            <tr>
              {(['destination', 'waitingCount', 'failedCount', 'lastSent', 'error'] as const).map((column) => (
                <th key={column} scope="col">
                  {t(`queue.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {health.map((destination) => (
              <tr key={destination.destinationId}>
                <td>{destination.destinationId}</td>
                <td>{destination.waiting}</td>
                <td>{destination.failed}</td>
                <td>{destination.lastSentAt ? formatPublishTime(destination.lastSentAt) : ''}</td>
                <td>{destination.lastError ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {jobs === null ? (
        <p className="list__hint">{t('app.loading')}</p>
      ) : jobs.length === 0 ? (
        <p className="list__hint">{t('queue.empty')}</p>
      ) : (
        <table className="queue__table" aria-label={t('queue.jobs')}>
          <thead>
            <tr>
              {(['story', 'destination', 'action', 'state', 'attempts', 'nextTry', 'error'] as const).map((column) => (
                <th key={column} scope="col">
                  {t(`queue.${column}`)}
                </th>
              ))}
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {jobs.map((job) => (
              <tr key={job.id}>
                <td>
                  {job.articleId.slice(-8)} · v{job.articleVersion}
                </td>
                <td>{job.destinationId}</td>
                <td>{t(`queue.actions.${job.action}`)}</td>
                <td>{t(`queue.states.${job.state}`)}</td>
                <td>{job.attempts}</td>
                <td>{job.state === 'retrying' ? formatPublishTime(job.nextAttemptAt) : ''}</td>
                <td>{job.lastError ?? ''}</td>
                <td>
                  {mayKeep && RETRYABLE.includes(job.state) ? (
                    <button type="button" className="button" onClick={() => void act(unwrap(newsdesk().outbox.retry({ id: job.id })))}>
                      {t('queue.retry')}
                    </button>
                  ) : null}
                  {mayKeep && CANCELABLE.includes(job.state) ? (
                    <button type="button" className="button" onClick={() => void act(unwrap(newsdesk().outbox.cancel({ id: job.id })))}>
                      {t('queue.cancel')}
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
