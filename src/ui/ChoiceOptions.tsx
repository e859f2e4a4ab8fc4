export interface ChoiceOption {
  readonly code: string;
  readonly label: string;
  readonly hint?: string;
}

interface Props {
  readonly type: 'radio' | 'checkbox';
  readonly name: string;
  readonly options: readonly ChoiceOption[];
  readonly isChecked: (code: string) => boolean;
  readonly onChange: (code: string, checked: boolean) => void;
}

/**
 * The options of a radio or checkbox group: one labelled input each, the whole label clickable.
 * An option's hint shows under its label and is the input's description.
 */
export function ChoiceOptions({ type, name, options, isChecked, onChange }: Props) {
  return (
    <div className="options">
      {options.map((option) => {
        const hintId = `${name}-${option.code}-hint`;
        return (
          <label key={option.code} className="option">
            <input
              type={type}
              name={name}
              value={option.code}
              aria-describedby={option.hint ? hintId : undefined}
              checked={isChecked(option.code)}
              onChange={(e) => onChange(option.code, e.currentTarget.checked)}
            />
            <span>
              {option.label}
              {option.hint && (
                <span id={hintId} className="hint" aria-hidden="true">
                  {option.hint}
                </span>
              )}
            </span>
          </label>
        );
      })}
    </div>
  );
}
