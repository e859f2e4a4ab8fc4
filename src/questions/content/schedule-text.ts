/**
 * The first 8 weeks of each option: one visit, rides home, what comes after week 8, and notes on
 * the weeks. Each statement carries its source ids (see references.ts).
 */
import { c } from './cite';
import type { Cited, PerOption } from './types';

export interface ScheduleOptionText {
  readonly visitLength: Cited;
  readonly rides: Cited;
  readonly maintenance: Cited;
  readonly notes: readonly Cited[];
}

export const SCHEDULE_TEXT: PerOption<ScheduleOptionText> = {
  ketamine: {
    visitLength: c(
      'About 1 to 2 hours. The infusion takes about 40 minutes. Then you rest for 30 to 60 minutes.',
      'S38',
      'S43',
    ),
    rides: c(
      'A ride home with a responsible adult after every infusion. No driving for at least 24 hours; your clinic may say longer.',
      'S119',
      'S130',
    ),
    maintenance: c(
      'There is no standard plan after the first series. Clinics offer booster infusions at different times. In one small study, half of those who got better had symptoms come back within about 18 days.',
      'S39',
      'S46',
      'S47',
    ),
    notes: [
      c(
        'Studies gave 6 infusions over 2 to 3 weeks. Some clinics plan 6 to 8.',
        'S38',
        'S39',
        'S41',
        'S56',
      ),
      c('Weeks 4 to 8: booster visits vary by clinic. There is no standard.', 'S46', 'S47'),
    ],
  },
  spravato: {
    visitLength: c(
      'About 2 to 3 hours. You take the dose. Then staff watch you for at least 2 hours, until the effects pass.',
      'S4',
      'S6',
    ),
    rides: c(
      'A ride home after every visit. No driving until the next day, after a night’s sleep.',
      'S2',
      'S6',
    ),
    maintenance: c('Once a week or every 2 weeks, as few visits as keep you well.', 'S6', 'S24'),
    notes: [
      c('Weeks 1 to 4: 2 visits a week. Weeks 5 to 8: 1 visit a week.', 'S2', 'S6'),
      c('At the end of week 4, your clinician checks if it is helping before you go on.', 'S2'),
    ],
  },
};
