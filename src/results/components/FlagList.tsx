import {
  OPTION_LEVEL_LABELS,
  OPTION_NAMES,
  SUMMARY_TEXT,
} from '../../questions/content/summary-labels';
import type { Flag } from '../summary-types';
import { Sources } from './Sources';
import { ToneIcon } from './ToneIcon';

/** Each flagged health answer in full: what it means for each option, and what to do. */
export function FlagList({ flags }: { readonly flags: readonly Flag[] }) {
  if (flags.length === 0) return null;
  return (
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
                <span className="flag-point-level">{OPTION_LEVEL_LABELS[m.option][m.level]}</span>
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
  );
}
