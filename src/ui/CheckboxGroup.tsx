import type { ReactNode } from 'react';
import type { ChoiceOption } from './RadioGroup';

interface Props {
  readonly name: string;
  readonly legend: ReactNode;
  readonly options: readonly ChoiceOption[];
  readonly value: readonly string[];
  readonly onToggle: (code: string, checked: boolean) => void;
  readonly children?: ReactNode;
}

/** A group of labelled checkboxes in a fieldset. */
export function CheckboxGroup({ name, legend, options, value, onToggle, children }: Props) {
  return (
    <fieldset className="question">
      <legend>{legend}</legend>
      {children}
      <div className="options">
        {options.map((option) => (
          <label key={option.code} className="option">
            <input
              type="checkbox"
              name={name}
              value={option.code}
              aria-describedby={option.hint ? `${name}-${option.code}-hint` : undefined}
              checked={value.includes(option.code)}
              onChange={(e) => onToggle(option.code, e.currentTarget.checked)}
            />
            <span>
              {option.label}
              {option.hint && (
                <span id={`${name}-${option.code}-hint`} className="hint" aria-hidden="true">
                  {option.hint}
                </span>
              )}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
