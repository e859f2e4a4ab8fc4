/**
 * Practical rows: getting to each visit and paying for it. Tones compare each option's schedule
 * and cost with what the person said they can manage; they never add up to a verdict.
 */
import {
  ANSWER_NAMES,
  COST_TEXT,
  LOGISTICS_TEXT,
  ROW_HEADINGS,
} from '../questions/content/summary-text';
import type { Answers } from '../questions/types';
import { con, num, single } from './summarize-read';
import { orNothing, saidLines } from './summarize-situation';
import type { Consideration, OptionSchedule, Range, SummaryRow, Tone } from './summary-types';

/** A range of hours in words: "about 36", "about 24 to 36", "at least 18". */
export function hoursText(range: Range): string {
  if (range.max === null) return LOGISTICS_TEXT.atLeastHours(String(range.min));
  const span = range.min === range.max ? `${range.min}` : `${range.min} to ${range.max}`;
  return LOGISTICS_TEXT.hours(span);
}

function toneOf(code: string | null, fits: readonly string[], consider: readonly string[]): Tone {
  if (code !== null && fits.includes(code)) return 'fits';
  if (code !== null && consider.includes(code)) return 'consider';
  return 'neutral';
}

/** Travel of one hour or more each way adds up over many visits. */
const LONG_TRAVEL_MINUTES = 60;

/**
 * Logistics: visits a week and hours a visit against each schedule (Spravato twice weekly in
 * weeks 1–4, at least 2 hours of watching [S2][S4][S6]; IV ketamine 6 infusions over 2–3 weeks,
 * about 40 minutes plus 30–60 minutes of recovery [S38][S39][S43]); rides (no driving until the
 * next day after Spravato [S2][S6]; none for at least 24 hours after ketamine [S130], going home
 * with a responsible adult [S119]); needles and the nose route.
 */
export function logisticsRow(
  answers: Answers,
  schedule: Readonly<Record<'ketamine' | 'spravato', OptionSchedule>>,
): SummaryRow {
  const travel = num(answers, 'travel_minutes');
  const youSaid = [
    ...(travel !== null
      ? [`${ANSWER_NAMES.travel_minutes}: ${LOGISTICS_TEXT.minutes(Math.round(travel))}.`]
      : []),
    ...saidLines(answers, ['ride', 'visits_per_week', 'hours_per_visit', 'needles', 'nasal']),
  ];
  const perWeek = single(answers, 'visits_per_week');
  const perVisit = single(answers, 'hours_per_visit');
  const ride = single(answers, 'ride');
  const needles = single(answers, 'needles');
  const nasal = single(answers, 'nasal');
  const k = LOGISTICS_TEXT.ketamine;
  const s = LOGISTICS_TEXT.spravato;

  const ketamine: Consideration[] = [
    con(k.visits, toneOf(perWeek, ['2', '3plus'], ['1'])),
    con(k.hours, toneOf(perVisit, ['2', '3plus'], ['1'])),
    con(k.ride, toneOf(ride, ['always'], ['never', 'sometimes'])),
    con(k.needle, toneOf(needles, [], ['uneasy', 'very_hard'])),
    con(k.nose, toneOf(nasal, ['problems'], [])),
  ];
  const spravato: Consideration[] = [
    con(s.visits, toneOf(perWeek, ['2', '3plus'], ['1'])),
    con(s.hours, toneOf(perVisit, ['3plus'], ['1', '2'])),
    con(s.ride, toneOf(ride, ['always'], ['never', 'sometimes'])),
    con(s.needle, toneOf(needles, ['uneasy', 'very_hard'], [])),
    con(s.nose, toneOf(nasal, ['fine'], ['problems'])),
  ];
  if (travel !== null) {
    const tone: Tone = travel >= LONG_TRAVEL_MINUTES ? 'consider' : 'neutral';
    const kt = schedule.ketamine.travelHours;
    const st = schedule.spravato.travelHours;
    if (kt) {
      const visits = LOGISTICS_TEXT.firstSeries(schedule.ketamine.visits.min);
      ketamine.push(con(k.travel(hoursText(kt), visits), tone));
    }
    if (st) {
      const visits = LOGISTICS_TEXT.visitsCount(schedule.spravato.visits.min);
      spravato.push(con(s.travel(hoursText(st), visits), tone));
    }
  }
  return {
    factor: 'logistics',
    heading: ROW_HEADINGS.logistics,
    youSaid: orNothing(youSaid),
    ketamine,
    spravato,
  };
}

const INSURED = ['private', 'medicare', 'medicaid', 'military'];
const GOVERNMENT = ['medicare', 'medicaid', 'military'];

/**
 * Cost: IV ketamine for depression is usually not covered [S54][S37], self-pay prices from undated
 * pages [S54][S55][S56][S57]; Spravato is often covered after prior approval [S37][S22], savings
 * only with commercial insurance [S22], and no current price: only the 2019 list price [S19].
 */
export function costRow(answers: Answers): SummaryRow {
  const coverage = single(answers, 'coverage');
  const oop = single(answers, 'oop_limit');
  const youSaid = saidLines(answers, ['coverage', 'oop_limit']);
  const k = COST_TEXT.ketamine;
  const s = COST_TEXT.spravato;

  const ketamine: Consideration[] = [
    con(k.notCovered, toneOf(coverage, [], INSURED)),
    con(k.price, toneOf(oop, [], ['under500', '500to2000', '2000to5000'])),
  ];
  const spravato: Consideration[] = [];
  if (coverage === 'private') spravato.push(con(s.covered, 'fits'), con(s.savings, 'fits'));
  else if (coverage !== null && GOVERNMENT.includes(coverage)) {
    spravato.push(con(s.covered, 'neutral'), con(s.government, 'neutral'));
  } else if (coverage === 'none') spravato.push(con(s.noInsurance, 'consider'));
  else spravato.push(con(s.covered, 'neutral'));
  spravato.push(con(s.price, 'neutral'));
  if (coverage === 'unsure') {
    ketamine.push(con(COST_TEXT.unsureCoverage, 'neutral'));
    spravato.push(con(COST_TEXT.unsureCoverage, 'neutral'));
  }
  return {
    factor: 'cost',
    heading: ROW_HEADINGS.cost,
    youSaid: orNothing(youSaid),
    ketamine,
    spravato,
  };
}
