// One labelled <select> over a fixed list of choices (debugger preset, SSH sign-in,
// playbook), each shown by its translated name.
import { useId } from 'react';

interface ChoiceFieldProps<Choice extends string> {
  label: string;
  value: Choice;
  choices: readonly Choice[];
  /** The text shown for a choice (translated by the caller). */
  nameOf(choice: Choice): string;
  onChange(choice: Choice): void;
  className?: string;
  disabled?: boolean;
  /** The id of a hint below the field, when there is one. */
  describedBy?: string;
}

export function ChoiceField<Choice extends string>(props: ChoiceFieldProps<Choice>) {
  const id = useId();
  return (
    <div className={`field ${props.className ?? ''}`}>
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        value={props.value}
        disabled={props.disabled}
        aria-describedby={props.describedBy}
        // The <select> only offers the choices given, so its value is one of them.
        onChange={(ev) => props.onChange(props.choices.find((c) => c === ev.target.value) ?? props.value)}
      >
        {props.choices.map((choice) => (
          <option key={choice} value={choice}>
            {props.nameOf(choice)}
          </option>
        ))}
      </select>
    </div>
  );
}
