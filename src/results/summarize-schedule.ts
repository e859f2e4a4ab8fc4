/**
 * Time and travel in the first 8 weeks of each option, as ranges where protocols vary.
 *
 * Spravato (label [S2][S6]): twice a week in weeks 1–4, once a week in weeks 5–8: 12 visits. Each
 * visit is the dose plus at least 2 hours of watching [S4]; we plan 2 to 3 hours. No driving until
 * the next day [S2][S6], so every visit needs a ride home.
 * IV ketamine (no label regimen): studies gave 6 infusions over 2–3 weeks, 2 or 3 a week
 * [S38][S39]; some clinics plan 6 to 8 [S41][S56]. A visit is an infusion of about 40 minutes plus
 * 30–60 minutes of recovery [S38][S43]. Boosters after the first series have no standard [S46][S47],
 * so weeks 4–8 have no set upper limit (`max: null`). No driving for at least 24 hours after
 * ketamine (Mayo Clinic/Micromedex for ketamine injection [S130]), and the older US label for
 * ketamine as an anesthetic says to go home with a responsible adult [S119]: every infusion needs
 * a ride home, as every Spravato visit does.
 */
import { SCHEDULE_TEXT } from '../questions/content/summary-text';
import type { Answers, OptionId } from '../questions/types';
import { num, uniqueSources } from './summarize-read';
import type { OptionSchedule, Range } from './summary-types';

interface Protocol {
  readonly perWeek: readonly Range[];
  readonly visits: Range;
  /** Minutes at the clinic per visit. */
  readonly visitMinutes: { readonly min: number; readonly max: number };
  readonly everyVisitNeedsRide: boolean;
}

const r = (min: number, max: number | null): Range => ({ min, max });

export const PROTOCOLS: Readonly<Record<OptionId, Protocol>> = {
  spravato: {
    perWeek: [r(2, 2), r(2, 2), r(2, 2), r(2, 2), r(1, 1), r(1, 1), r(1, 1), r(1, 1)],
    visits: r(12, 12),
    visitMinutes: { min: 120, max: 180 },
    everyVisitNeedsRide: true,
  },
  ketamine: {
    perWeek: [
      r(2, 3),
      r(2, 3),
      r(0, 2),
      r(0, null),
      r(0, null),
      r(0, null),
      r(0, null),
      r(0, null),
    ],
    visits: r(6, null),
    visitMinutes: { min: 70, max: 110 },
    everyVisitNeedsRide: true,
  },
};

/** Rounds hours to one decimal place. */
function hours(minutes: number): number {
  return Math.round((minutes / 60) * 10) / 10;
}

function scale(visits: Range, minMinutes: number, maxMinutes: number): Range {
  return {
    min: hours(visits.min * minMinutes),
    max: visits.max === null ? null : hours(visits.max * maxMinutes),
  };
}

/**
 * One option's first 8 weeks: visits, hours in clinic (including watching time), hours travelling
 * there and back from `travel_minutes`, and rides needed. Sources in the module header.
 */
export function scheduleFor(option: OptionId, answers: Answers): OptionSchedule {
  const p = PROTOCOLS[option];
  const text = SCHEDULE_TEXT[option];
  const travel = num(answers, 'travel_minutes');
  const oneWay = travel !== null && travel >= 0 ? travel : null;
  const cited = [text.visitLength, text.rides, text.maintenance, ...text.notes];
  return {
    option,
    visits: p.visits,
    clinicHours: scale(p.visits, p.visitMinutes.min, p.visitMinutes.max),
    travelHours: oneWay === null ? null : scale(p.visits, 2 * oneWay, 2 * oneWay),
    ridesNeeded: p.everyVisitNeedsRide ? p.visits : null,
    perWeek: p.perWeek,
    visitLength: text.visitLength.text,
    rides: text.rides.text,
    maintenance: text.maintenance.text,
    notes: text.notes.map((n) => n.text),
    sourceIds: uniqueSources(cited.map((x) => x.sources)),
  };
}

/** Both options' first 8 weeks. */
export function buildSchedule(answers: Answers): Record<OptionId, OptionSchedule> {
  return { ketamine: scheduleFor('ketamine', answers), spravato: scheduleFor('spravato', answers) };
}
