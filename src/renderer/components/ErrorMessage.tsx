import { useTranslation } from 'react-i18next';
import { AppError } from '../../shared/errors';

interface ErrorMessageProps {
  error: unknown;
  onDismiss(): void;
}

/**
 * Any failure in the user's language; the technical message goes to the console only. A photo the
 * core (or the renderer, before sending it) refused says why, wherever it was imported from.
 */
export function useErrorText(): (error: unknown) => string {
  const { t } = useTranslation();
  return (error) => {
    const appError = error instanceof AppError ? error : null;
    if (!appError) {
      console.error(error);
      return t('errors.internal');
    }
    if (appError.photoRefusal) return t(`errors.photo.${appError.photoRefusal}`);
    switch (appError.code) {
      case 'conflict':
        return t('errors.conflict', { version: appError.currentVersion ?? '?' });
      case 'rate_limited':
        return t('errors.rate_limited', { seconds: appError.retryAfterSeconds ?? 60 });
      case 'validation':
        return t('errors.validation', {
          details: appError.issues?.map((issue) => issue.path || issue.message).join(', ') || appError.message,
        });
      default:
        return t(`errors.${appError.code}`);
    }
  };
}

export function ErrorMessage({ error, onDismiss }: ErrorMessageProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  if (!error) return null;
  return (
    <div className="error" role="alert">
      <span>{errorText(error)}</span>
      <button type="button" className="button" onClick={onDismiss}>
        {t('errors.dismiss')}
      </button>
    </div>
  );
}
