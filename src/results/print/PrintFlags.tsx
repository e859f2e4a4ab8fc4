import { PRINT_TEXT } from '../../questions/content/print-text';
import { NO_FLAGS_TEXT, OPTION_NAMES } from '../../questions/content/summary-labels';
import type { Flag, HealthAnswered } from '../summary-types';
import { allSources, flagLines } from './condense';
import { flagLevelText, optionOrder } from './format';

/**
 * The flags on paper, one line each, the condition first: "Aneurysm (Yes) | Anesthetic label: do
 * not use | Label: do not use", in the summary's order (the most serious first), with the list's
 * sources. Without flags, a line that says whether the health questions were answered.
 */
export function PrintFlags({
  flags,
  healthAnswered,
}: {
  flags: readonly Flag[];
  healthAnswered: HealthAnswered;
}) {
  const order = optionOrder();
  const lines = flagLines(flags);
  if (lines.length === 0) return <p>{NO_FLAGS_TEXT[healthAnswered]}</p>;
  return (
    <>
      <table className="print-table print-flag-table">
        <thead>
          <tr>
            <th scope="col">{PRINT_TEXT.condition}</th>
            {order.map((o) => (
              <th key={o} scope="col">
                {OPTION_NAMES[o]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {lines.map((f) => (
            <tr key={f.question}>
              <th scope="row">
                {f.title} <span className="print-answer">({f.answered})</span>
              </th>
              {order.map((o) => {
                const level = f.levels[o];
                return (
                  <td key={o} className={`print-level print-level-${level ?? 'none'}`}>
                    {flagLevelText(o, level)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="print-src">
        {PRINT_TEXT.listSources} {allSources(lines.map((f) => f.sourceIds)).join(', ')}
      </p>
    </>
  );
}
