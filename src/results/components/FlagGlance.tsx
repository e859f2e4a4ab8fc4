import { PRINT_TEXT } from '../../questions/content/print-text';
import { NO_FLAGS_TEXT, SUMMARY_TEXT } from '../../questions/content/summary-labels';
import { flagLevelText, optionOrder } from '../print/format';
import { flagSources } from '../parts';
import type { Flag, HealthAnswered } from '../summary-types';
import { Sources } from './Sources';

/**
 * The health answers to talk about first, one row each, the condition first, then what it means
 * for each option in A to Z order: "Aneurysm (Yes) | Anesthetic label: do not use | Label: do not
 * use" (for ketamine, the label is its label as an anesthetic), with the list's sources under it;
 * without flags, whether the health questions were all, some or none answered. Each flag in
 * full, with the sources of each point, is in the Health part below.
 */
export function FlagGlance({
  flags,
  healthAnswered,
}: {
  readonly flags: readonly Flag[];
  readonly healthAnswered: HealthAnswered;
}) {
  const order = optionOrder();
  return (
    <section className="summary-flags" aria-labelledby="summary-flags-title">
      <h2 id="summary-flags-title">{SUMMARY_TEXT.flagsHeading}</h2>
      {flags.length === 0 ? (
        <p>{NO_FLAGS_TEXT[healthAnswered]}</p>
      ) : (
        <>
          <p>{SUMMARY_TEXT.flagsIntro}</p>
          <table className="flag-glance">
            <caption className="visually-hidden">{SUMMARY_TEXT.flagsHeading}</caption>
            <thead>
              <tr>
                <th scope="col">{PRINT_TEXT.condition}</th>
                {order.map((o) => (
                  <th key={o} scope="col">
                    {PRINT_TEXT.flagFor[o]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {flags.map((flag) => (
                <tr key={flag.id} className={`flag-${flag.level}`}>
                  <th scope="row">
                    {flag.title}{' '}
                    <p className="flag-answer">
                      ({SUMMARY_TEXT.youAnswered}: {flag.answered})
                    </p>
                  </th>
                  {order.map((o) => {
                    const level = flag.meaning.find((m) => m.option === o)?.level;
                    return (
                      <td key={o} className={level ? `flag-point-${level}` : undefined}>
                        {flagLevelText(o, level)}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            <Sources ids={flagSources(flags)} />
          </p>
        </>
      )}
    </section>
  );
}
