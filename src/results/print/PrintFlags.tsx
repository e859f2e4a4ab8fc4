import { PRINT_TEXT } from '../../questions/content/print-text';
import { NO_FLAGS_TEXT, OPTION_NAMES } from '../../questions/content/summary-labels';
import type { OptionId } from '../../questions/types';
import type { Flag, FlagLevel, HealthAnswered } from '../summary-types';
import { allSources, flagGroups, flagLines } from './condense';
import { optionOrder } from './format';

/**
 * The flags on paper, grouped by what they mean for each option (most serious first), so a long
 * list still fits: "IV ketamine infusion: anesthetic label: do not use. Spravato nasal spray:
 * label: do not use. Aneurysm (Yes); Bleeding inside the brain (Yes)."
 */
function levelText(option: OptionId, level: FlagLevel | undefined): string {
  if (level === undefined) return PRINT_TEXT.noFlag;
  if (option === 'ketamine' && level === 'label_contraindication') {
    return PRINT_TEXT.ketamineLabelLevel;
  }
  return PRINT_TEXT.flagLevels[level];
}

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
      <ul className="print-flag-groups">
        {flagGroups(lines).map((group) => (
          <li key={group.lines[0]?.question}>
            {order.map((o) => {
              const level = group.levels[o];
              return (
                <span key={o} className={`print-level print-level-${level ?? 'none'}`}>
                  {OPTION_NAMES[o]}: {levelText(o, level)}.{' '}
                </span>
              );
            })}
            {group.lines.map((f, i) => (
              <span key={f.question}>
                {i > 0 && '; '}
                <strong>{f.title}</strong> ({f.answered})
              </span>
            ))}
            .
          </li>
        ))}
      </ul>
      <p className="print-src">
        {PRINT_TEXT.listSources} {allSources(lines.map((f) => f.sourceIds)).join(', ')}
      </p>
    </>
  );
}
