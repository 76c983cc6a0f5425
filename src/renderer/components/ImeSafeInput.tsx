import { useLayoutEffect, useRef, type InputHTMLAttributes, type TextareaHTMLAttributes } from 'react';

type Shared = {
  value: string;
  onValueChange(value: string): void;
};

type InputProps = Shared & { multiline?: false } & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'defaultValue' | 'onChange'>;
type TextareaProps = Shared & { multiline: true } & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'defaultValue' | 'onChange'>;

/**
 * A text field that input methods cannot trip over. A React-controlled field writes its value back
 * into the DOM after every input event, which ends a composition (macOS Telex, ibus-bamboo) and
 * gives "TTiTie…". Here the DOM owns the text while the reporter types; the value is written in only
 * when it changed from outside (a restore, a recovery) and no composition is running.
 */
export function ImeSafeInput(props: InputProps | TextareaProps) {
  const { value, onValueChange, multiline, ...rest } = props;
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const composing = useRef(false);

  useLayoutEffect(() => {
    const element = ref.current;
    if (element && !composing.current && element.value !== value) element.value = value;
  }, [value]);

  const handlers = {
    ref,
    defaultValue: value,
    onChange: (event: { currentTarget: { value: string } }) => onValueChange(event.currentTarget.value),
    onCompositionStart: () => {
      composing.current = true;
    },
    onCompositionEnd: (event: { currentTarget: { value: string } }) => {
      composing.current = false;
      onValueChange(event.currentTarget.value);
    },
  };
  return multiline ? (
    <textarea {...(rest as TextareaHTMLAttributes<HTMLTextAreaElement>)} {...handlers} />
  ) : (
    <input {...(rest as InputHTMLAttributes<HTMLInputElement>)} {...handlers} />
  );
}
