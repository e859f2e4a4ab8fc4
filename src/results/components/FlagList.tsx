import {
  NO_FLAGS_TEXT,
  OPTION_LEVEL_LABELS,
  OPTION_NAMES,
  SUMMARY_TEXT,
} from '../../questions/content/summary-labels';
import type { Flag, HealthAnswered } from '../summary-types';
import { Sources } from './Sources';
import { ToneIcon } from './ToneIcon';

/** The health answers to talk about first, each with what it means and what to do. */
export function FlagList({
  flags,
  healthAnswered,
}: {
  readonly flags: readonly Flag[];
  readonly healthAnswered: HealthAnswered;
}) {
  return (
    <section className="summary-flags" aria-labelledby="summary-flags-title">
      <h2 id="summary-flags-title">{SUMMARY_TEXT.flagsHeading}</h2>
      {flags.length === 0 ? (
        <p>{NO_FLAGS_TEXT[healthAnswered]}</p>
      ) : (
        <>
          <p>{SUMMARY_TEXT.flagsIntro}</p>
          <ul className="flag-list">
            {flags.map((flag) => (
              <li key={flag.id} className={`flag flag-${flag.level}`}>
                <h3>
                  <ToneIcon tone={flag.level === 'info' ? 'neutral' : 'consider'} /> {flag.title}
                </h3>
                <p className="flag-level">
                  {SUMMARY_TEXT.youAnswered}: {flag.answered}
                </p>
                <p className="flag-subhead">{SUMMARY_TEXT.whatItMeans}</p>
                <ul>
                  {flag.meaning.map((m) => (
                    <li key={m.option}>
                      <strong>{OPTION_NAMES[m.option]}</strong> (
                      <span className="flag-point-level">
                        {OPTION_LEVEL_LABELS[m.option][m.level]}
                      </span>
                      ): {m.text}
                      <Sources ids={m.sourceIds} />
                    </li>
                  ))}
                </ul>
                <p>
                  <strong>{SUMMARY_TEXT.whatToDo}:</strong> {flag.whatToDo}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
