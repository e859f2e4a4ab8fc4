/**
 * The values row and the priorities: the facts behind each value question of the catalogue, per
 * option, and which option has the feature (the compiler checks that no value question is missing).
 */
import type { ValueQuestionId } from '../types';
import { c } from './cite';
import type { Cited, PerOption } from './types';

export interface ValuesText {
  readonly noneRated: Cited;
  readonly ratedLine: (value: string, how: string) => string;
}

/** The facts about one value for each option, and a sentence saying which option has it. */
export interface PriorityFact extends PerOption {
  readonly holderText: string;
}

export const VALUES_TEXT: ValuesText = {
  noneRated: c('You did not rate anything as quite or very important.'),
  ratedLine: (value: string, how: string) => `${value}: ${how.toLowerCase()}.`,
};

/** The facts behind each value, per option, and which option has the feature. */
export const PRIORITY_FACTS: Readonly<Record<ValueQuestionId, PriorityFact>> = {
  v_fda_depression: {
    holderText: 'Spravato is FDA-approved for depression. IV ketamine is not.',
    ketamine: c(
      'Not FDA-approved for depression. Ketamine is approved as an anesthetic; use for depression is off-label.',
      'S32',
      'S33',
    ),
    spravato: c(
      'Approved by the FDA for depression when 2 or more antidepressants have not worked. Also for depression with suicidal thoughts.',
      'S9',
      'S11',
      'S12',
    ),
  },
  v_insurance: {
    holderText: 'Insurers are more likely to cover Spravato.',
    ketamine: c('Insurance usually does not pay for it for depression.', 'S54', 'S37'),
    spravato: c('Many insurers cover it. They usually need to approve it first.', 'S37', 'S22'),
  },
  v_no_needles: {
    holderText: 'Spravato has no needles.',
    ketamine: c('Given through a needle into a vein.', 'S38'),
    spravato: c('A nose spray. No needle.', 'S2', 'S44'),
  },
  v_fewer_visits: {
    holderText:
      'IV ketamine has fewer visits in its first series. Booster visits after that vary by clinic.',
    ketamine: c(
      'Studies: 6 visits in the first 2 to 3 weeks. After that, boosters vary by clinic.',
      'S38',
      'S39',
      'S46',
    ),
    spravato: c('12 visits in the first 8 weeks.', 'S2', 'S6'),
  },
  v_shorter_visits: {
    holderText: 'IV ketamine visits are shorter.',
    ketamine: c('About 1 to 2 hours per visit.', 'S38', 'S43'),
    spravato: c('About 2 to 3 hours per visit, with at least 2 hours of watching.', 'S4', 'S6'),
  },
  v_evidence: {
    holderText: 'Spravato has more large studies.',
    ketamine: c(
      'One large study (ELEKT-D, 403 people) and many small ones. Experts have pointed to the small size of the studies.',
      'S38',
      'S47',
    ),
    spravato: c(
      'Several large studies, such as ESCAPE-TRD (676 people) and a 2025 study of 378 people.',
      'S63',
      'S66',
    ),
  },
  v_dose_tailored: {
    holderText: 'IV ketamine is dosed by body weight. Spravato has 2 set doses.',
    ketamine: c('Dosed by body weight (0.5 mg per kg in most studies).', 'S38', 'S39'),
    spravato: c('Two set doses, 56 mg or 84 mg. Your clinician picks one.', 'S2', 'S6'),
  },
  v_long_term_data: {
    holderText: 'More is known about Spravato over months.',
    ketamine: c(
      'Studies were small and short, so less is known about use over months and years. One small study followed people who got better: half felt depressed again within 18 days of their last drip.',
      'S47',
      'S53',
      'S39',
    ),
    spravato: c(
      'One study followed people for months to see if it kept depression from coming back. Another let 1,148 people keep using it for years, with no comparison group. Some effects have not been studied past 1 year.',
      'S61',
      'S133',
      'S3',
    ),
  },
  v_quick_start: {
    holderText: 'Our sources do not compare how soon you can start.',
    ketamine: c(
      'Usually paid for yourself. Ask the clinic about its checks before the first visit and how long the wait is.',
      'S54',
    ),
    spravato: c(
      'You must be signed up in a safety program before the first dose. Insurers usually need to approve it first.',
      'S5',
      'S22',
    ),
  },
};
