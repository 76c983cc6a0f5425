import { useTranslation } from 'react-i18next';
import { AppError } from '../../shared/errors';

interface ErrorMessageProps {
  error: unknown;
  onDismiss(): void;
}

/** Shows any failure in the user's language; the technical message goes to the console only. */
export function ErrorMessage({ error, onDismiss }: ErrorMessageProps) {
  const { t } = useTranslation();
  if (!error) return null;
  const appError = error instanceof AppError ? error : null;
  if (!appError) console.error(error);
  const text = !appError
    ? t('errors.internal')
    : appError.code === 'conflict'
      ? t('errors.conflict', { version: appError.currentVersion ?? '?' })
      : appError.code === 'rate_limited'
        ? t('errors.rate_limited', { seconds: appError.retryAfterSeconds ?? 60 })
      : appError.code === 'validation'
        ? t('errors.validation', {
            details: appError.issues?.map((issue) => issue.path || issue.message).join(', ') || appError.message,
          })
        : t(`errors.${appError.code}`);
  return (
    <div className="error" role="alert">
      <span>{text}</span>
      <button type="button" className="button" onClick={onDismiss}>
        {t('errors.dismiss')}
      </button>
    </div>
  );
}
