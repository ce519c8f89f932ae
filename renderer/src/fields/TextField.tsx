// One labelled text input (connect form, Settings), with an optional hint, a
// suggestions list and a Browse… button (native dialog, desktop app only).
import { useId, type ReactNode } from 'react';

interface TextFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  mono?: boolean;
  placeholder?: string;
  hint?: ReactNode;
  invalid?: boolean;
  /** The hint says what is wrong (shown as an error) rather than what to type. */
  hintIsProblem?: boolean;
  describedBy?: string;
  suggestions?: readonly string[];
  inputMode?: 'numeric' | 'text';
  className?: string;
  /** Classes of the input itself (mono is its own prop). */
  inputClassName?: string;
  /** Shown as a button after the field. */
  browse?: { label: string; onBrowse(): void };
  autoComplete?: string;
}

export function TextField(props: TextFieldProps) {
  const id = useId();
  const listId = props.suggestions?.length ? `${id}-list` : undefined;
  const hintId = props.hint ? `${id}-hint` : undefined;
  const describedBy = [hintId, props.describedBy].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field ${props.className ?? ''}`}>
      <label htmlFor={id}>{props.label}</label>
      <div className="field-input-row">
        <input
          id={id}
          type="text"
          className={[props.mono && 'mono', props.inputClassName].filter(Boolean).join(' ') || undefined}
          spellCheck={false}
          autoComplete={props.autoComplete ?? 'off'}
          inputMode={props.inputMode}
          placeholder={props.placeholder}
          value={props.value}
          list={listId}
          aria-invalid={props.invalid || undefined}
          aria-describedby={describedBy}
          onChange={(ev) => props.onChange(ev.target.value)}
        />
        {props.browse && (
          <button type="button" className="btn btn-small" onClick={props.browse.onBrowse}>
            {props.browse.label}
          </button>
        )}
      </div>
      {listId && (
        <datalist id={listId}>
          {props.suggestions!.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      )}
      {props.hint && (
        <p className={props.hintIsProblem ? 'field-hint error-text' : 'field-hint'} id={hintId}>
          {props.hint}
        </p>
      )}
    </div>
  );
}
