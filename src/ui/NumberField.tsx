import { useRef, useState, type ReactNode } from 'react';

interface Props {
  readonly id: string;
  readonly label: ReactNode;
  readonly min: number;
  readonly max: number;
  readonly unit: string;
  readonly value: number | undefined;
  /** Called with a value that `accepts` allows, or `undefined` when the box is emptied. */
  readonly onChange: (value: number | undefined) => void;
  readonly accepts: (value: number) => boolean;
  /** Said when the typed number is refused; the answer from before this edit is put back. */
  readonly refusedText: string;
  readonly children?: ReactNode;
}

/**
 * A number box. Each good number is kept as it is typed; a refused one is shown with a message, and
 * the answer goes back to what it was before this edit (so "900" does not leave "90" behind).
 */
export function NumberField(props: Props) {
  const { id, label, min, max, unit, value, onChange, accepts, refusedText, children } = props;
  const [draft, setDraft] = useState(value === undefined ? '' : String(value));
  const [refused, setRefused] = useState(false);
  const beforeEdit = useRef(value);
  const errorId = `${id}-error`;
  const unitId = `${id}-unit`;

  function change(text: string) {
    setDraft(text);
    if (text.trim() === '') {
      setRefused(false);
      onChange(undefined);
      return;
    }
    const n = Number(text);
    const ok = Number.isFinite(n) && accepts(n);
    setRefused(!ok);
    onChange(ok ? n : beforeEdit.current);
  }

  return (
    <div className="question">
      <label htmlFor={id} className="question-label">
        {label}
      </label>
      {children}
      {refused && (
        <p id={errorId} className="field-error" role="alert">
          {refusedText}
        </p>
      )}
      <div className="number-row">
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          value={draft}
          aria-invalid={refused || undefined}
          aria-describedby={[unitId, refused ? errorId : ''].filter(Boolean).join(' ')}
          onFocus={() => {
            if (!refused) beforeEdit.current = value;
          }}
          onChange={(e) => change(e.currentTarget.value)}
        />
        <span id={unitId}>{unit}</span>
      </div>
    </div>
  );
}
