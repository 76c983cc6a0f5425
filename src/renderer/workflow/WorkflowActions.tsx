import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../../shared/domain/article';
import type { User } from '../../shared/domain/user';
import { formatDateInput, instantFromNewsroomTime } from '../../shared/text/newsroom-time';
import { NewsroomDateField } from '../components/NewsroomDateField';
import { availableActions, type WorkflowAction } from '../../shared/workflow/transitions';
import { useShortcutHint } from '../commands/shortcut-hint';

export interface TransitionInput {
  action: WorkflowAction;
  note?: string;
  publishAt?: string;
  correction?: string;
}

interface WorkflowActionsProps {
  article: Article;
  user: User;
  onTransition(input: TransitionInput): Promise<void>;
}

/** Actions that ask for more before they run. */
const NEEDS_FORM: readonly WorkflowAction[] = ['return', 'schedule', 'correct'];

/**
 * The buttons come from the workflow table for this user and this story, so the UI offers exactly
 * what the core will accept (the core still checks every call).
 */
export function WorkflowActions({ article, user, onTransition }: WorkflowActionsProps) {
  const { t } = useTranslation();
  const hint = useShortcutHint();
  const [pending, setPending] = useState<WorkflowAction | null>(null);
  const actions = availableActions(user, article);
  if (actions.length === 0) return null;

  const run = (action: WorkflowAction) => (NEEDS_FORM.includes(action) ? setPending(action) : void onTransition({ action }));

  return (
    <div className="workflow" role="group" aria-label={t('workflow.actionsLabel')}>
      <div className="workflow__buttons">
        {actions.map((action) => (
          <button
            key={action}
            type="button"
            className="button"
            // Gửi duyệt has a shortcut (and a menu entry); the tooltip names it.
            {...(action === 'submit' ? hint('submitForReview', t('workflow.actions.submit')) : {})}
            onClick={() => run(action)}
          >
            {t(`workflow.actions.${action}`)}
          </button>
        ))}
      </div>
      {pending ? (
        <ActionForm
          action={pending}
          onCancel={() => setPending(null)}
          onConfirm={async (input) => {
            await onTransition(input);
            setPending(null);
          }}
        />
      ) : null}
    </div>
  );
}

interface ActionFormProps {
  action: WorkflowAction;
  onCancel(): void;
  onConfirm(input: TransitionInput): Promise<void>;
}

/** The extra input an action needs: a note (return), a time (schedule) or a correction text. */
function ActionForm({ action, onCancel, onConfirm }: ActionFormProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  // Lazy initial state: today 08:00 in newsroom time, read once when the form opens.
  const [publishAt, setPublishAt] = useState(() => instantFromNewsroomTime(formatDateInput(new Date()), '08:00') ?? '');
  // What is typed now is a date and time (the field keeps publishAt at the last one that was).
  const [typedValid, setTypedValid] = useState(true);
  const [invalid, setInvalid] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (action === 'schedule') {
      if (!typedValid || !publishAt) return setInvalid(true);
      void onConfirm({ action, publishAt });
    } else {
      void onConfirm(action === 'return' ? { action, note: text } : { action, correction: text });
    }
  };

  return (
    <form className="workflow__form" onSubmit={submit} aria-label={t(`workflow.actions.${action}`)}>
      {action === 'schedule' ? (
        <>
          <NewsroomDateField
            className="field field--inline"
            label={t('workflow.publishAt')}
            mode="dateTime"
            value={publishAt}
            required
            onChange={(next) => {
              if (next !== null) setPublishAt(next);
              setTypedValid(next !== null && next !== '');
              setInvalid(false);
            }}
          />
          <span className="field__label">{t('workflow.zone')}</span>
          {invalid ? <span role="alert">{t('workflow.badTime')}</span> : null}
        </>
      ) : (
        <label className="field">
          <span className="field__label">{t(action === 'return' ? 'workflow.note' : 'workflow.correction')}</span>
          <textarea rows={3} value={text} required={action === 'return'} onChange={(event) => setText(event.target.value)} />
        </label>
      )}
      <div className="workflow__buttons">
        <button type="submit" className="button button--primary">
          {t('workflow.confirm')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('workflow.cancel')}
        </button>
      </div>
    </form>
  );
}
