import { PRINT_TEXT } from '../../questions/content/print-text';
import { PHQ_LINE, PRINT_LAYOUT_TEXT } from '../../questions/content/summary-layout-text';
import { SAFETY_TEXT } from '../../questions/content/safety-text';
import { SUMMARY_TEXT } from '../../questions/content/summary-labels';
import type { Summary } from '../summary-types';
import { allSources } from './condense';
import { shortValueName } from './format';

/** The PHQ-9 in one line for the clinician: total and band, item 9, how hard daily life is. */
export function PhqLine({ summary }: { summary: Summary }) {
  const { phq9 } = summary;
  const total =
    phq9.value !== null && phq9.band !== null
      ? PRINT_LAYOUT_TEXT.phqTotal(phq9.value, phq9.band)
      : PRINT_LAYOUT_TEXT.phqPartial(phq9.answered);
  return (
    <p className="print-phq">
      <strong>{PRINT_LAYOUT_TEXT.phqLabel}:</strong> {total} · {PRINT_LAYOUT_TEXT.phqItem9}:{' '}
      {phq9.item9 ?? PRINT_LAYOUT_TEXT.notAnswered} · {PRINT_LAYOUT_TEXT.phqDifficulty}:{' '}
      {phq9.difficulty ?? PRINT_LAYOUT_TEXT.notAnswered}
      <span className="print-src"> [{PHQ_LINE.sources.join(', ')}]</span>
    </p>
  );
}

/** What matters to the person, one line each: the value, how much, and which option has it. */
export function PrintPriorities({ summary }: { summary: Summary }) {
  return (
    <section>
      <h2>{SUMMARY_TEXT.prioritiesHeading}</h2>
      {summary.priorities.length === 0 ? (
        <p>{SUMMARY_TEXT.noPriorities}</p>
      ) : (
        <>
          <ul className="print-priorities">
            {summary.priorities.map((p) => (
              <li key={p.question}>
                <strong>{shortValueName(p.question)}</strong> ({p.importanceLabel.toLowerCase()}):{' '}
                {p.holderText}
              </li>
            ))}
          </ul>
          <p className="print-src">
            {PRINT_TEXT.listSources}{' '}
            {allSources(
              summary.priorities.flatMap((p) => [p.ketamine.sourceIds, p.spravato.sourceIds]),
            ).join(', ')}
          </p>
        </>
      )}
    </section>
  );
}

/** One line at the foot of every printout: 988 and 911, whatever the answers. */
export function CrisisFooter() {
  const { lifeline, emergency } = SAFETY_TEXT;
  return (
    <p className="print-crisis-footer">
      <strong>{PRINT_LAYOUT_TEXT.crisisLabel}:</strong> {lifeline.name}: {lifeline.howToReach} ·{' '}
      {emergency.name}: {emergency.howToReach}
      <span className="print-src"> [{[...lifeline.sources, ...emergency.sources].join(', ')}]</span>
    </p>
  );
}
