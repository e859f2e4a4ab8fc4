/**
 * Rows about the person's situation: how they feel (PHQ-9) and what they have tried.
 * Every row fills both columns; tones describe fit with the answers, never a ranking.
 */
import { HISTORY_TEXT, SEVERITY_TEXT } from '../questions/content/situation-text';
import {
  ANSWER_NAMES,
  PHQ_TEXT,
  ROW_HEADINGS,
  SUMMARY_TEXT,
} from '../questions/content/summary-labels';
import type { Answers, QuestionId } from '../questions/types';
import { con, num, optionLabel, phq9, single } from './summarize-read';
import type { Consideration, SummaryRow } from './summary-types';

/** "Name: answer" for each answered single-choice question, in the order given. */
export function saidLines(answers: Answers, ids: readonly (keyof typeof ANSWER_NAMES)[]): string[] {
  const lines: string[] = [];
  for (const id of ids) {
    const code = single(answers, id as QuestionId);
    if (code !== null) lines.push(`${ANSWER_NAMES[id]}: ${optionLabel(id as QuestionId, code)}.`);
  }
  return lines;
}

/**
 * Severity: the PHQ-9 total and band only when all nine items are answered [S100]; who the main
 * studies enrolled [S38][S67][S60][S77]; and, when item 9 is above 0, what each option is and is
 * not approved for [S11][S3][S33].
 */
export function severityRow(answers: Answers): SummaryRow {
  const { answered, total, band } = phq9(answers);
  const youSaid: string[] = [];
  if (total !== null && band !== null) youSaid.push(PHQ_TEXT.total(total, PHQ_TEXT.bands[band]));
  else if (answered > 0) youSaid.push(PHQ_TEXT.partial(answered));
  youSaid.push(...saidLines(answers, ['phq9_difficulty']));

  const ketamine: Consideration[] = [con(SEVERITY_TEXT.ketamine.studied, 'neutral')];
  const spravato: Consideration[] = [con(SEVERITY_TEXT.spravato.studied, 'neutral')];
  if (band === 'minimal' || band === 'mild') {
    ketamine.push(con(SEVERITY_TEXT.lowScore, 'consider'));
    spravato.push(con(SEVERITY_TEXT.lowScore, 'consider'));
  }
  if ((num(answers, 'phq9_9') ?? 0) > 0) {
    ketamine.push(con(SEVERITY_TEXT.ketamine.suicidal, 'neutral'));
    spravato.push(con(SEVERITY_TEXT.spravato.suicidal, 'neutral'));
  }
  if (total !== null) {
    ketamine.push(con(SEVERITY_TEXT.selfCheck, 'neutral'));
    spravato.push(con(SEVERITY_TEXT.selfCheck, 'neutral'));
  }
  return {
    factor: 'severity',
    heading: ROW_HEADINGS.severity,
    youSaid: orNothing(youSaid),
    ketamine,
    spravato,
  };
}

/**
 * History: antidepressants tried against Spravato's approval (at least 2 antidepressants
 * [S9][S79]); IV ketamine has no label rule [S33], and ELEKT-D counted lifetime treatments [S67];
 * there is no single definition of treatment-resistant depression [S81]; earlier ketamine or
 * esketamine; ECT comparisons [S38][S68]; the quetiapine comparison [S63].
 */
export function historyRow(answers: Answers): SummaryRow {
  const youSaid = saidLines(answers, [
    'ad_trials',
    'ad_current',
    'augment_tried',
    'ect_tried',
    'tms_tried',
    'ketamine_before',
    'esketamine_before',
  ]);
  const k = HISTORY_TEXT.ketamine;
  const s = HISTORY_TEXT.spravato;
  const trials = single(answers, 'ad_trials');
  const ketamine: Consideration[] = [con(k.trials, 'neutral')];
  const spravato: Consideration[] = [];
  if (trials === '2' || trials === '3plus') spravato.push(con(s.trialsMet, 'fits'));
  else if (trials === '0' || trials === '1') spravato.push(con(s.trialsNotMet, 'consider'));
  else spravato.push(con(s.trialsUnknown, 'neutral'));
  spravato.push(con(s.withAd, 'neutral'));
  if (trials === 'unsure' || trials === null) ketamine.push(con(k.noDefinition, 'neutral'));

  ketamine.push(...before(single(answers, 'ketamine_before'), k));
  spravato.push(...before(single(answers, 'esketamine_before'), s));
  const ect = single(answers, 'ect_tried');
  if (ect === 'helped' || ect === 'not_helped') ketamine.push(con(k.ect, 'neutral'));
  if (single(answers, 'augment_tried') === 'yes') spravato.push(con(s.augment, 'neutral'));
  return {
    factor: 'history',
    heading: ROW_HEADINGS.history,
    youSaid: orNothing(youSaid),
    ketamine,
    spravato,
  };
}

type BeforeTexts = (typeof HISTORY_TEXT)['ketamine'] | (typeof HISTORY_TEXT)['spravato'];

function before(code: string | null, t: BeforeTexts): Consideration[] {
  if (code === 'helped') return [con(t.helped, 'fits')];
  if (code === 'not_helped') return [con(t.notHelped, 'consider')];
  if (code === 'side_effects') return [con(t.sideEffects, 'consider')];
  return [];
}

/** The "what you said" lines, or one line saying nothing was answered. */
export function orNothing(lines: readonly string[]): string[] {
  return lines.length > 0 ? [...lines] : [SUMMARY_TEXT.nothingSaid];
}
