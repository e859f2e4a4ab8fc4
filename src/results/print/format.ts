/** Small formatting helpers for the printed summary. Words come from print-text.ts. */
import { getQuestion } from '../../questions/catalog';
import { PRINT_TEXT } from '../../questions/content/print-text';
import { ANSWER_NAMES } from '../../questions/content/answer-names';
import { OPTION_NAMES, SUMMARY_TEXT } from '../../questions/content/summary-labels';
import type { Reference } from '../../questions/content/types';
import type { OptionId, QuestionId } from '../../questions/types';
import { firstSentence } from './condense';
import type { FlagLevel, LeaningCode, OptionSchedule, Range } from '../summary-types';

/** The two options in display order: alphabetical by the name shown, the same for everyone. */
export function optionOrder(): readonly OptionId[] {
  return (Object.keys(OPTION_NAMES) as OptionId[]).sort((a, b) =>
    OPTION_NAMES[a].localeCompare(OPTION_NAMES[b]),
  );
}

/**
 * What a flag means for one option, in short words: a dash without a flag; for ketamine the label
 * that says not to use it is its label as an anesthetic.
 */
export function flagLevelText(option: OptionId, level: FlagLevel | undefined): string {
  if (level === undefined) return PRINT_TEXT.noFlag;
  if (option === 'ketamine' && level === 'label_contraindication') {
    return PRINT_TEXT.ketamineLabelLevel;
  }
  return PRINT_TEXT.flagLevels[level];
}

function num(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

/** "6", "6 to 8" or "6 or more". */
export function formatRange(range: Range | null, unit: (n: string) => string = (n) => n): string {
  if (!range) return PRINT_TEXT.notGiven;
  if (range.max === null) return PRINT_TEXT.orMore(unit(num(range.min)));
  if (range.max === range.min) return unit(num(range.min));
  return PRINT_TEXT.range(num(range.min), unit(num(range.max)));
}

export function leaningLabel(code: LeaningCode | null): string {
  if (!code) return PRINT_TEXT.noAnswer;
  const q = getQuestion('leaning');
  return ('options' in q ? q.options.find((o) => o.code === code)?.label : undefined) ?? code;
}

/** A short title: the first words of the title, cut at a word boundary. */
export function shortReference(ref: Reference, maxChars = 22): string {
  const plain = ref.title.replace(/[[\]]/g, '');
  return plain.length <= maxChars ? plain : cut(plain, maxChars);
}

/** The words that fit in `maxChars`, then "…"; a first word longer than half of it is cut. */
function cut(text: string, maxChars: number): string {
  const head = text.slice(0, maxChars + 1);
  const space = head.lastIndexOf(' ');
  const end = space >= maxChars / 2 ? space : maxChars;
  return `${head.slice(0, end).replace(/[,:;.\s(]+$/, '')}…`;
}

const hours = (n: string) => PRINT_TEXT.hours(n);

/**
 * Time and travel in the first 8 weeks: one line per measure, read from an option's schedule.
 * `brief` (on paper): the numbers and the first sentence about after week 8.
 */
export function scheduleRows(
  brief: boolean,
): readonly (readonly [string, (s: OptionSchedule) => string])[] {
  const visits = [SUMMARY_TEXT.visits, (s: OptionSchedule) => formatRange(s.visits)] as const;
  const clinic = [
    brief ? PRINT_TEXT.clinicHours : SUMMARY_TEXT.clinicHours,
    (s: OptionSchedule) => formatRange(s.clinicHours, hours),
  ] as const;
  const travel = [
    brief ? PRINT_TEXT.travelHours : SUMMARY_TEXT.travelHours,
    (s: OptionSchedule) => formatRange(s.travelHours, hours),
  ] as const;
  if (brief) {
    // Visit length and rides are in the side-by-side table on page 1.
    return [visits, clinic, travel, [SUMMARY_TEXT.afterWeek8, (s) => firstSentence(s.maintenance)]];
  }
  return [
    visits,
    [SUMMARY_TEXT.visitLength, (s) => s.visitLength],
    clinic,
    travel,
    [SUMMARY_TEXT.ridesNeeded, (s) => s.rides],
    [SUMMARY_TEXT.afterWeek8, (s) => s.maintenance],
  ];
}

/** A short name for a value, such as "No needles" (from the names used in messages). */
export function shortValueName(id: QuestionId): string {
  const name = ANSWER_NAMES[id];
  return name.charAt(0).toUpperCase() + name.slice(1);
}
