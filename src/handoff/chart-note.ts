/**
 * The note for the chart: plain text a clinician can paste into any record, at most
 * NOTE_MAX_CHARS long. Safety and flags first, then the PHQ-9, leaning, the person's top
 * priorities with a point for each option, and the content version and date. Pure: the date comes
 * from the caller. Both options get the same lines in the same order.
 */
import { CHART_NOTE_TEXT as T } from '../questions/content/handoff-text';
import { PRINT_TEXT } from '../questions/content/print-text';
import { PHQ_TEXT } from '../questions/content/summary-text';
import type { Answers } from '../questions/types';
import { firstSentence } from '../results/print/condense';
import { leaningLabel, optionOrder } from '../results/print/format';
import { optionLabel, phq9, single } from '../results/summarize-read';
import type { FlagLevel, Summary } from '../results/summary-types';

export const NOTE_MAX_CHARS = 1500;

const LEVELS: readonly FlagLevel[] = ['label_contraindication', 'needs_discussion', 'info'];

function flagLines(summary: Summary): string[] {
  if (summary.flags.length === 0) return [T.noFlags];
  const lines: string[] = [T.flagsHeading];
  for (const level of LEVELS) {
    for (const option of optionOrder()) {
      const names = summary.flags
        .filter((f) => f.meaning.some((m) => m.option === option && m.level === level))
        .map((f) => f.name);
      if (names.length > 0) {
        lines.push(
          T.flagLine(PRINT_TEXT.flagFor[option], PRINT_TEXT.flagLevels[level], names.join(', ')),
        );
      }
    }
  }
  const unsure = summary.flags.filter((f) => f.findOut).map((f) => f.name);
  if (unsure.length > 0) lines.push(T.findOut(unsure.join(', ')));
  return lines;
}

function phqLine(answers: Answers): string {
  const { answered, total, band } = phq9(answers);
  const score =
    total !== null && band !== null
      ? T.phqTotal(total, PHQ_TEXT.bands[band])
      : T.phqPartial(answered);
  const difficulty = single(answers, 'phq9_difficulty');
  return difficulty
    ? `${score} ${T.difficulty(optionLabel('phq9_difficulty', difficulty))}`
    : score;
}

function leaningLine(summary: Summary): string {
  const label = (code: Summary['leaning']['before']) => (code ? leaningLabel(code) : T.notSaid);
  return T.leaning(label(summary.leaning.before), label(summary.leaning.after));
}

/** Priority lines, very important first, as many as fit in `room` characters. */
function priorityLines(summary: Summary, room: number): string[] {
  if (summary.priorities.length === 0) return [T.noPriorities];
  const sorted = [...summary.priorities].sort((a, b) => b.importance - a.importance);
  const lines: string[] = [T.prioritiesHeading];
  let used = T.prioritiesHeading.length + 1;
  for (const [i, p] of sorted.entries()) {
    const line = T.priority(
      p.value.replace(/[?.]$/, ''),
      p.importanceLabel.toLowerCase(),
      firstSentence(p.ketamine.text),
      firstSentence(p.spravato.text),
    );
    const left = sorted.length - i - 1;
    const more = left > 0 ? T.morePriorities(left).length + 1 : 0;
    if (used + line.length + 1 + more > room) {
      lines.push(T.morePriorities(sorted.length - i));
      break;
    }
    lines.push(line);
    used += line.length + 1;
  }
  return lines;
}

/** The note for these answers and their summary, made on `date` (YYYY-MM-DD). */
export function chartNote(summary: Summary, answers: Answers, date: string): string {
  const head = [
    T.title,
    ...(summary.safety ? [T.safety(summary.safety.urgent)] : []),
    ...flagLines(summary),
    phqLine(answers),
    leaningLine(summary),
  ];
  const foot = [T.notAdvice, T.footer(summary.content.version, summary.content.reviewed, date)];
  const fixed = [...head, ...foot].join('\n').length + 1;
  const text = [...head, ...priorityLines(summary, NOTE_MAX_CHARS - fixed), ...foot].join('\n');
  return text.length <= NOTE_MAX_CHARS ? text : `${text.slice(0, NOTE_MAX_CHARS - 1)}…`;
}
