import { EVIDENCE_TEXT } from '../../questions/content/summary-text';

const COLUMNS = 10;

/**
 * 100 figures, `count` of them filled (a solid person) and the rest outlined (a hollow person with
 * no body fill), so the difference shows in shape as well as colour. Decorative: the text beside
 * it says the same.
 */
function Figures({ count, label }: { readonly count: number; readonly label: string }) {
  // Two paths hold all 100 figures: one for those with the result, one for the rest.
  let had = '';
  let not = '';
  for (let i = 0; i < 100; i += 1) {
    const x = (i % COLUMNS) * 20 + 10;
    const y = Math.floor(i / COLUMNS) * 22 + 6;
    if (i < count)
      had += `M${x + 3.6} ${y}a3.6 3.6 0 1 0-7.2 0a3.6 3.6 0 1 0 7.2 0zM${x - 6} ${y + 14}q0-9 6-9t6 9z`;
    else not += `M${x + 3} ${y}a3 3 0 1 0-6 0a3 3 0 1 0 6 0zM${x - 5} ${y + 13}q0-7.5 5-7.5t5 7.5z`;
  }
  return (
    <div className="icon-array-group">
      <p className="icon-array-label">
        {label}: {count} / 100
      </p>
      <svg className="icon-array" viewBox="0 0 200 220" aria-hidden="true" focusable="false">
        <path className="figure-had" d={had} />
        <path className="figure-not" d={not} fill="none" strokeWidth="1.4" />
      </svg>
    </div>
  );
}

interface Props {
  readonly name: string;
  readonly treated: number;
  readonly compared: number;
  /** False: the text alone, without the two pictures. */
  readonly pictures?: boolean;
}

/** Two arrays of 100 people from one study, with their text equivalent. */
export function IconArray({ name, treated, compared, pictures = true }: Props) {
  const text = (
    <p className="icon-array-text">{EVIDENCE_TEXT.equivalent(treated, name, compared)}</p>
  );
  if (!pictures) return <div className="icon-arrays">{text}</div>;
  return (
    <div className="icon-arrays">
      {text}
      <div className="icon-array-pair">
        <Figures count={treated} label={name} />
        <Figures count={compared} label={EVIDENCE_TEXT.comparisonGroup} />
      </div>
      <p className="icon-array-key" aria-hidden="true">
        <span className="key-had">●</span> {EVIDENCE_TEXT.had} <span className="key-not">○</span>{' '}
        {EVIDENCE_TEXT.hadNot}
      </p>
    </div>
  );
}
