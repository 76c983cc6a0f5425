import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  formatNewsroomDateTime,
  formatNewsroomDay,
  parseNewsroomDateTime,
  parseNewsroomDay,
  type DateEntryProblem,
} from '../../shared/text/newsroom-date-entry';

type Mode = 'day' | 'dateTime';

interface NewsroomDateFieldProps {
  label: string;
  /** `day`: a `YYYY-MM-DD` day; `dateTime`: a UTC instant typed as Vietnam time. */
  mode: Mode;
  /** The ISO day or instant, or '' for none. */
  value: string;
  /**
   * The ISO value, '' when the field is emptied, or null while the text is not a valid date (the
   * caller keeps its last value then: a value changed from outside replaces the text).
   */
  onChange(value: string | null): void;
  required?: boolean;
  className?: string;
}

const parse = (mode: Mode, text: string) => {
  const entry = mode === 'day' ? parseNewsroomDay(text) : parseNewsroomDateTime(text);
  return entry.ok ? { value: 'day' in entry ? entry.day : entry.instant, problem: null } : { value: null, problem: entry.problem };
};
const format = (mode: Mode, value: string) => (value === '' ? '' : mode === 'day' ? formatNewsroomDay(value) : formatNewsroomDateTime(value));

/**
 * A date (dd/mm/yyyy) or date and time (dd/mm/yyyy HH:mm, 24-hour) typed as text, because the
 * browser's own date inputs follow the system's locale. A date that cannot exist (31/02) is said
 * at once; text not yet in the form is said when the field is left.
 */
export function NewsroomDateField({ label, mode, value, onChange, required = false, className = 'field' }: NewsroomDateFieldProps) {
  const { t } = useTranslation();
  const errorId = useId();
  const [text, setText] = useState(() => format(mode, value));
  const [problem, setProblem] = useState<DateEntryProblem | null>(null);
  const emitted = useRef(value);

  // A value changed from outside (filters cleared, a saved search chosen) replaces the text.
  useEffect(() => {
    if (value === emitted.current) return;
    emitted.current = value;
    setText(format(mode, value));
    setProblem(null);
  }, [mode, value]);

  const emit = (next: string | null) => {
    if (next !== null) emitted.current = next;
    onChange(next);
  };

  const type = (next: string) => {
    setText(next);
    if (next.trim() === '') {
      setProblem(null);
      return emit('');
    }
    const parsed = parse(mode, next);
    setProblem(parsed.problem === 'format' ? null : parsed.problem);
    emit(parsed.value);
  };

  const leave = () => {
    if (text.trim() !== '') setProblem(parse(mode, text).problem);
  };

  const message = problem === 'format' ? t(`dates.format.${mode}`) : problem ? t(`dates.problems.${problem}`) : null;
  // The message sits beside the label, not in it, so the field's name stays its label alone.
  return (
    <div className="date-field">
      <label className={className}>
        <span className="field__label">{label}</span>
        <input
          value={text}
          inputMode="numeric"
          autoComplete="off"
          required={required}
          placeholder={t(`dates.placeholder.${mode}`)}
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? errorId : undefined}
          onChange={(event) => type(event.target.value)}
          onBlur={leave}
        />
      </label>
      {message ? (
        <span id={errorId} className="field__error" role="alert">
          {message}
        </span>
      ) : null}
    </div>
  );
}
