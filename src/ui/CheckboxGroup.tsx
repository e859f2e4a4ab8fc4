import type { ReactNode } from 'react';
import { ChoiceOptions, type ChoiceOption } from './ChoiceOptions';

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
      <ChoiceOptions
        type="checkbox"
        name={name}
        options={options}
        isChecked={(code) => value.includes(code)}
        onChange={onToggle}
      />
    </fieldset>
  );
}
