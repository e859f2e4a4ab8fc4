import type { ReactNode } from 'react';
import { ChoiceOptions, type ChoiceOption } from './ChoiceOptions';

interface Props {
  readonly name: string;
  readonly legend: ReactNode;
  readonly options: readonly ChoiceOption[];
  readonly value: string | undefined;
  readonly onChange: (code: string) => void;
  /** Shown under the legend and linked to the group, e.g. why an answer is required. */
  readonly error?: string;
  /** Extra content under the legend, e.g. "Why we ask". */
  readonly children?: ReactNode;
  readonly className?: string;
}

/** A real radio group: fieldset, legend, one labelled radio per option. Arrow keys move and choose. */
export function RadioGroup({
  name,
  legend,
  options,
  value,
  onChange,
  error,
  children,
  className,
}: Props) {
  const errorId = `${name}-error`;
  return (
    <fieldset
      className={['question', className].filter(Boolean).join(' ')}
      aria-describedby={error ? errorId : undefined}
    >
      <legend>{legend}</legend>
      {children}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
      <ChoiceOptions
        type="radio"
        name={name}
        options={options}
        isChecked={(code) => code === value}
        onChange={(code) => onChange(code)}
      />
    </fieldset>
  );
}
