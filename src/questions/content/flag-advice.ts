/**
 * What a flag tells the person to do, by level and for some answers, and how flag answers that are
 * not a plain yes are named. The flag texts themselves are in flag-text.ts.
 */
import type { FlagLevel } from '../../results/summary-types';

/** One line per flag level, with the label line for both options and the "not sure" line. */
export type WhatToDoId = FlagLevel | 'label_contraindication_both' | 'findOut';

/** Answers that add a line of their own. */
export type ExtraToDoId =
  | 'cx_bp_high_now'
  | 'cx_bp_findOut'
  | 'cx_pregnant_trying'
  | 'cx_pregnant_breastfeeding'
  | 'cx_meds';

export const FLAG_WHAT_TO_DO: Readonly<Record<WhatToDoId, string>> = {
  label_contraindication:
    'Tell your clinician before any treatment. If this applies to you, the Spravato label says not to use it.',
  label_contraindication_both:
    'Tell your clinician before any treatment. If this applies to you, the Spravato label says not to use Spravato. The label for ketamine as an anesthetic says not to use ketamine.',
  needs_discussion: 'Tell your clinician. You can weigh this together.',
  info: 'Mention it to your clinician.',
  findOut: 'Find out before your visit. Ask your doctor or check your health records.',
};

/** Extra "what to do" lines for some answers. */
export const FLAG_EXTRA_TO_DO: Readonly<Record<ExtraToDoId, string>> = {
  cx_bp_high_now:
    'Tell your clinician your blood pressure is high now. Ask if it should come down first.',
  cx_bp_findOut: 'Have your blood pressure checked before your visit.',
  cx_pregnant_trying: 'Ask about planning or preventing pregnancy during treatment.',
  cx_pregnant_breastfeeding: 'Ask what breastfeeding would mean with each option.',
  cx_meds: 'Bring a list of every medicine you take.',
};

/** Labels used in "You answered" for flag answers that are not plain yes. */
export const FLAG_ANSWERS: Readonly<Record<'yes' | 'unsure', string>> = {
  yes: 'Yes',
  unsure: 'Not sure',
};
