/**
 * The health row: each option's label rules, what the row says when no flag is raised, and the
 * facts that differ for people 65 and older. Each clinical statement carries its source ids.
 */
import { c, cp, whole } from './cite';
import type { Cited, PerOption } from './types';

export interface HealthText extends PerOption<{ readonly general: Cited }> {
  readonly noneForOption: Cited;
  readonly notAnswered: Cited;
  readonly allNo: string;
  readonly noneFlagged: string;
  readonly skipped: (n: number) => string;
  readonly flagLine: (title: string, level: string) => string;
  readonly findOutSuffix: string;
}

export interface AgeOptionText {
  readonly bloodPressure: Cited;
  readonly studies: Cited;
}

export interface AgeText extends PerOption<AgeOptionText> {
  readonly said: string;
}

export const HEALTH_TEXT: HealthText = {
  ketamine: {
    general: cp(
      'No label covers ketamine for depression. The label for ketamine as an anesthetic lists 2 reasons not to use it. One: a big rise in blood pressure would be a serious danger. Two: an allergy to ketamine. Studies and clinics also set their own rules.',
      'No label covers ketamine for depression. The label for ketamine as an anesthetic lists 2 reasons not to use it.',
      'S33',
      'S125',
      'S126',
      'S51',
      'S52',
    ),
  },
  spravato: {
    general: c(
      'The label lists 3 reasons not to use it. One: an aneurysm or an AVM. Two: past bleeding inside the brain. Three: an allergy to ketamine or esketamine.',
      'S2',
      'S3',
    ),
  },
  noneForOption: c('None of your health answers is on our list for this option.'),
  notAnswered: whole(
    'You did not answer the health questions. Your clinician will ask about them.',
  ),
  allNo: 'You answered no to every health question.',
  noneFlagged: 'None of your health answers raised a flag.',
  skipped: (n: number) =>
    n === 1
      ? 'You did not answer 1 of the health questions.'
      : `You did not answer ${n} of the health questions.`,
  flagLine: (title: string, level: string) => `${title}. ${level}.`,
  findOutSuffix: ' You were not sure: find out before your visit.',
};

/**
 * Facts that differ for people 65 and older, shown in the health row when the person is. Spravato:
 * blood pressure rises by age in the short trials [S3] and TRANSFORM-3, which missed its primary
 * result (difference -3.6 points, 95% CI -7.20 to 0.07, p = 0.059; ages 65-74 -4.9, 75 and older
 * -0.4) and gave no "out of 100" figure [S138]. IV ketamine: severe high blood pressure was more
 * likely in older people [S49]; the two large studies took adults up to 75 and 85 [S38][S67][S68].
 */
export const AGE_TEXT: AgeText = {
  said: 'Age: 65 or older.',
  ketamine: {
    bloodPressure: c(
      'A review of clinic records looked at blood pressure during infusions. Very high readings were more likely in older people. That review had no comparison group.',
      'S49',
    ),
    studies: c(
      'The two large studies of IV ketamine took adults up to age 75 (ELEKT-D) and 85 (KetECT).',
      'S38',
      'S67',
      'S68',
    ),
  },
  spravato: {
    bloodPressure: c(
      'In the 4-week trials, the top number of blood pressure rose by 40 or more at least once in 17 out of 100 people 65 and older on Spravato. On a placebo spray, it was 2 out of 100. For people under 65, it was 8 out of 100 and under 1 out of 100.',
      'S3',
    ),
    studies: whole(
      'One study looked only at adults 65 and older (TRANSFORM-3). After 4 weeks, scores fell 3.6 points more with Spravato than with a placebo spray. That difference could have been chance, so the study did not meet its main goal. People 65 to 74 did better on Spravato, and people 75 and older did not.',
      'S138',
    ),
  },
};
