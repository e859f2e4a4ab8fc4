import { PRINT_TEXT } from '../../questions/content/print-text';
import { SUMMARY_TEXT } from '../../questions/content/summary-text';
import { optionOrder } from '../print/format';
import { flagSources } from '../parts';
import type { Flag } from '../summary-types';
import { Sources } from './Sources';

/**
 * The health answers to talk about first, one row each, the condition first, then what it means
 * for each option in A to Z order: "Aneurysm or blood vessel disease (Yes) | Talk it over |
 * Label: do not use", with the list's sources under it. Each flag in full, with the sources of
 * each point, is in the Health part below.
 */
export function FlagGlance({ flags }: { readonly flags: readonly Flag[] }) {
  const order = optionOrder();
  return (
    <section className="summary-flags" aria-labelledby="summary-flags-title">
      <h2 id="summary-flags-title">{SUMMARY_TEXT.flagsHeading}</h2>
      {flags.length === 0 ? (
        <p>{SUMMARY_TEXT.noFlags}</p>
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
                    {flag.title} <span className="flag-answer">({flag.answered})</span>
                  </th>
                  {order.map((o) => {
                    const level = flag.meaning.find((m) => m.option === o)?.level;
                    return (
                      <td key={o} className={level ? `flag-point-${level}` : undefined}>
                        {level ? PRINT_TEXT.flagLevels[level] : PRINT_TEXT.noFlag}
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
