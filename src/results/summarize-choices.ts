/**
 * What matters to the person, their health row, and the questions to ask. Priorities state which
 * option has each feature as a fact (sources in PRIORITY_FACTS); there is no score, total or winner.
 */
import { QUESTIONS, getQuestion } from '../questions/catalog';
import {
  AGE_TEXT,
  HEALTH_TEXT,
  IMPORTANCE_LABELS,
  OPTION_LEVEL_LABELS,
  PRIORITY_FACTS,
  QUESTION_TEXT,
  ROW_HEADINGS,
  VALUES_TEXT,
} from '../questions/content/summary-text';
import type { Answers, OptionId } from '../questions/types';
import { HEALTH_QUESTIONS, byLevel } from './summarize-flags';
import { con, multi, num, single } from './summarize-read';
import { orNothing, saidLines } from './summarize-situation';
import type {
  Consideration,
  FeatureHolder,
  Flag,
  HealthAnswered,
  Priority,
  SafetyBlock,
  SummaryQuestion,
  SummaryRow,
} from './summary-types';

export type ValueId = keyof typeof PRIORITY_FACTS;

/** Value questions in catalogue order. */
export const VALUE_QUESTIONS: readonly ValueId[] = QUESTIONS.map((q) => q.id).filter(
  (id): id is ValueId => id in PRIORITY_FACTS,
);

/**
 * Which option has each feature. Spravato: FDA-approved for depression [S9][S12], more often
 * covered [S37][S54], a spray [S2], several large trials [S63][S66], follow-up over months [S61].
 * IV ketamine: shorter visits [S43], dosed by weight [S38]. Unclear: fewer visits (boosters vary
 * [S46]) and how soon one can start (not compared in our sources).
 */
export const HOLDERS: Readonly<Record<ValueId, FeatureHolder>> = {
  v_fda_depression: 'spravato',
  v_insurance: 'spravato',
  v_no_needles: 'spravato',
  v_fewer_visits: 'unclear',
  v_shorter_visits: 'ketamine',
  v_evidence: 'spravato',
  v_dose_tailored: 'ketamine',
  v_long_term_data: 'spravato',
  v_quick_start: 'unclear',
};

function toneFor(holder: FeatureHolder, option: OptionId): Consideration['tone'] {
  if (holder === 'unclear') return 'neutral';
  return holder === option || holder === 'both' ? 'fits' : 'consider';
}

/** Every value rated 2 or 3, in catalogue order, with each option's facts. */
export function buildPriorities(answers: Answers): Priority[] {
  const out: Priority[] = [];
  for (const id of VALUE_QUESTIONS) {
    const rating = num(answers, id);
    if (rating !== 2 && rating !== 3) continue;
    const holder = HOLDERS[id];
    const facts = PRIORITY_FACTS[id];
    out.push({
      question: id,
      value: getQuestion(id).text,
      importance: rating,
      importanceLabel: IMPORTANCE_LABELS[rating],
      holder,
      holderText: facts.holderText,
      ketamine: con(facts.ketamine, toneFor(holder, 'ketamine')),
      spravato: con(facts.spravato, toneFor(holder, 'spravato')),
    });
  }
  return out;
}

/** The values row: what the person rated highly and the matching facts for each option. */
export function valuesRow(answers: Answers, priorities: readonly Priority[]): SummaryRow {
  const youSaid = [
    ...priorities.map((p) => VALUES_TEXT.ratedLine(p.value, p.importanceLabel)),
    ...saidLines(answers, ['leaning']),
  ];
  const none = [con(VALUES_TEXT.noneRated, 'neutral')];
  return {
    factor: 'values',
    heading: ROW_HEADINGS.values,
    youSaid: orNothing(youSaid),
    ketamine: priorities.length > 0 ? priorities.map((p) => p.ketamine) : none,
    spravato: priorities.length > 0 ? priorities.map((p) => p.spravato) : none,
  };
}

function healthColumn(option: OptionId, flags: readonly Flag[], anyAnswered: boolean) {
  const points = flags.flatMap((f) =>
    f.meaning.filter((m) => m.option === option).map((point) => ({ flag: f, point })),
  );
  const lines: Consideration[] = byLevel(points, (p) => p.point.level).map(({ flag, point }) => ({
    text:
      HEALTH_TEXT.flagLine(flag.title, OPTION_LEVEL_LABELS[option][point.level]) +
      (flag.findOut ? HEALTH_TEXT.findOutSuffix : ''),
    tone: point.level === 'info' ? 'neutral' : 'consider',
    sourceIds: point.sourceIds,
  }));
  if (lines.length === 0) {
    lines.push(con(anyAnswered ? HEALTH_TEXT.noneForOption : HEALTH_TEXT.notAnswered, 'neutral'));
  }
  lines.push(con(HEALTH_TEXT[option].general, 'neutral'));
  return lines;
}

/** What differs for people 65 and older, for one option: blood pressure, then the studies. */
function olderAdults(option: OptionId): Consideration[] {
  const t = AGE_TEXT[option];
  return [con(t.bloodPressure, 'consider'), con(t.studies, 'consider')];
}

function answeredHealthQuestions(answers: Answers) {
  return HEALTH_QUESTIONS.filter((id) =>
    id === 'cx_meds' ? multi(answers, id).length > 0 : single(answers, id) !== null,
  );
}

/** Whether all, some or none of the health questions were answered. */
export function healthAnswered(answers: Answers): HealthAnswered {
  const n = answeredHealthQuestions(answers).length;
  if (n === 0) return 'none';
  return n === HEALTH_QUESTIONS.length ? 'all' : 'some';
}

/**
 * The health row: each flag per option, then who each option is not for [S2][S3][S33][S125]. What
 * the person said never reads as "not answered" when they answered, and says which were skipped.
 */
export function healthRow(answers: Answers, flags: readonly Flag[]): SummaryRow {
  const answered = answeredHealthQuestions(answers).length;
  const skipped = HEALTH_QUESTIONS.length - answered;
  const youSaid = flags.map((f) => `${f.title}: ${f.answered}.`);
  if (answered > 0 && flags.length === 0) {
    youSaid.push(skipped === 0 ? HEALTH_TEXT.allNo : HEALTH_TEXT.noneFlagged);
  }
  if (answered > 0 && skipped > 0) youSaid.push(HEALTH_TEXT.skipped(skipped));
  const ketamine = healthColumn('ketamine', flags, answered > 0);
  const spravato = healthColumn('spravato', flags, answered > 0);
  if (single(answers, 'age_band') === '65plus') {
    youSaid.unshift(AGE_TEXT.said);
    ketamine.push(...olderAdults('ketamine'));
    spravato.push(...olderAdults('spravato'));
  }
  return {
    factor: 'health',
    heading: ROW_HEADINGS.health,
    youSaid: orNothing(youSaid),
    ketamine,
    spravato,
  };
}

/** The short names of the flags that match, in flag order (most serious first). */
function names(flags: readonly Flag[], match: (f: Flag) => boolean): string[] {
  return flags.filter(match).map((f) => f.name);
}

/**
 * Questions to ask the clinician, chosen from the answers; general ones last. The safety question
 * comes first when there is a crisis block. Health answers give at most three questions: one
 * naming the label contraindications (asking about both options), one naming the answers to talk
 * over, and one about the answers the person was not sure about (the flags list names those).
 */
export function buildQuestions(
  answers: Answers,
  flags: readonly Flag[],
  safety: SafetyBlock | null,
): SummaryQuestion[] {
  const q: SummaryQuestion[] = [];
  const add = (id: string, text: string) => {
    if (!q.some((x) => x.id === id)) q.push({ id, text });
  };
  if (safety) add('safety', QUESTION_TEXT.safety);
  const label = names(flags, (f) => !f.findOut && f.level === 'label_contraindication');
  const discuss = names(flags, (f) => !f.findOut && f.level === 'needs_discussion');
  if (label.length > 0) add('health-label', QUESTION_TEXT.labelFlags(label));
  if (discuss.length > 0) add('health-discuss', QUESTION_TEXT.discussFlags(discuss));
  if (flags.some((f) => f.findOut)) add('find-out', QUESTION_TEXT.findOut);
  const trials = single(answers, 'ad_trials');
  if (trials === '0' || trials === '1' || trials === 'unsure')
    add('ad-trials', QUESTION_TEXT.adTrials);
  if (single(answers, 'ad_current') === 'yes') add('ad-current', QUESTION_TEXT.adCurrent);
  const coverage = single(answers, 'coverage');
  if (coverage !== null && coverage !== 'none') add('coverage', QUESTION_TEXT.coverage);
  if (coverage !== null || single(answers, 'oop_limit') !== null) {
    add('ketamine-cost', QUESTION_TEXT.ketamineCost);
  }
  const ride = single(answers, 'ride');
  if (ride === 'never' || ride === 'sometimes') add('ride', QUESTION_TEXT.ride);
  add('ketamine-ride', QUESTION_TEXT.ketamineRide);
  const needles = single(answers, 'needles');
  if (needles === 'uneasy' || needles === 'very_hard') add('needles', QUESTION_TEXT.needles);
  if (single(answers, 'nasal') === 'problems') add('nasal', QUESTION_TEXT.nasal);
  const before = [single(answers, 'ketamine_before'), single(answers, 'esketamine_before')];
  if (before.some((b) => b === 'helped' || b === 'not_helped' || b === 'side_effects')) {
    add('before', QUESTION_TEXT.before);
  }
  add('boosters', QUESTION_TEXT.boosters);
  add('spravato-after', QUESTION_TEXT.spravatoAfter);
  add('how-will-we-know', QUESTION_TEXT.howWillWeKnow);
  add('others', QUESTION_TEXT.others);
  return q;
}
