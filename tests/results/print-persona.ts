import type { Answers } from '../../src/questions/types';

/**
 * A person with many flags and long answers: every health item yes but one not sure (so the health
 * questions to ask are as long as they get), PHQ-9 item 9 = 2 with thoughts of ending their life
 * today, every value very important. The printout's worst case.
 */
export const MANY_FLAGS: Answers = {
  age_band: '65plus',
  has_depression_dx: 'yes',
  phq9_1: 3,
  phq9_2: 3,
  phq9_3: 3,
  phq9_4: 3,
  phq9_5: 3,
  phq9_6: 3,
  phq9_7: 3,
  phq9_8: 3,
  phq9_9: 2,
  phq9_difficulty: 'extremely',
  safety_now: 'yes',
  ad_trials: 'unsure',
  ad_current: 'yes',
  augment_tried: 'yes',
  therapy_tried: 'yes',
  ect_tried: 'not_helped',
  tms_tried: 'not_helped',
  ketamine_before: 'side_effects',
  esketamine_before: 'not_helped',
  travel_minutes: 90,
  ride: 'sometimes',
  visits_per_week: '1',
  hours_per_visit: '1',
  needles: 'very_hard',
  nasal: 'problems',
  coverage: 'medicare',
  oop_limit: 'under500',
  v_fda_depression: 3,
  v_insurance: 3,
  v_no_needles: 3,
  v_fewer_visits: 3,
  v_shorter_visits: 3,
  v_evidence: 3,
  v_dose_tailored: 3,
  v_long_term_data: 3,
  v_quick_start: 3,
  leaning: 'unsure',
  leaning_after: 'neither',
  cx_aneurysm: 'yes',
  cx_avm: 'yes',
  cx_brain_bleed: 'yes',
  cx_allergy: 'yes',
  cx_bp: 'high_now',
  cx_heart: 'yes',
  cx_pregnant: 'breastfeeding',
  cx_psychosis: 'unsure',
  cx_bipolar: 'yes',
  cx_substance: 'yes',
  cx_liver: 'yes',
  cx_bladder: 'yes',
  cx_head: 'yes',
  cx_breathing: 'yes',
  cx_meds: ['benzodiazepine', 'opioid', 'stimulant', 'maoi'],
};

/** Few answers, no flags, no safety concern. */
export const FEW_ANSWERS: Answers = {
  age_band: '18to64',
  phq9_9: 0,
  travel_minutes: 20,
  v_no_needles: 2,
  cx_aneurysm: 'no',
};

/**
 * A typical person: PHQ-9 in the moderate band, no thoughts of death, 40 minutes away, a ride
 * sometimes, commercial insurance, three values rated, one health answer not sure.
 */
export const TYPICAL: Answers = {
  age_band: '18to64',
  has_depression_dx: 'yes',
  phq9_1: 2,
  phq9_2: 2,
  phq9_3: 1,
  phq9_4: 2,
  phq9_5: 1,
  phq9_6: 1,
  phq9_7: 1,
  phq9_8: 1,
  phq9_9: 0,
  phq9_difficulty: 'very',
  ad_trials: '2',
  ad_current: 'yes',
  augment_tried: 'no',
  therapy_tried: 'yes',
  ect_tried: 'not_tried',
  tms_tried: 'not_tried',
  ketamine_before: 'not_tried',
  esketamine_before: 'not_tried',
  travel_minutes: 40,
  ride: 'sometimes',
  visits_per_week: '2',
  hours_per_visit: '2',
  needles: 'fine',
  nasal: 'fine',
  coverage: 'private',
  oop_limit: '500to2000',
  v_fda_depression: 2,
  v_insurance: 3,
  v_no_needles: 1,
  v_fewer_visits: 3,
  v_shorter_visits: 1,
  v_evidence: 2,
  v_dose_tailored: 0,
  v_long_term_data: 1,
  v_quick_start: 1,
  leaning: 'unsure',
  cx_aneurysm: 'no',
  cx_avm: 'no',
  cx_brain_bleed: 'no',
  cx_allergy: 'no',
  cx_bp: 'unsure',
  cx_heart: 'no',
  cx_pregnant: 'no',
  cx_psychosis: 'no',
  cx_bipolar: 'no',
  cx_substance: 'no',
  cx_liver: 'no',
  cx_bladder: 'no',
  cx_head: 'no',
  cx_breathing: 'no',
  cx_meds: ['none'],
};

/** The typical person with thoughts of death on some days (not now) and an aneurysm. */
export const SAFETY_AND_FLAG: Answers = {
  ...TYPICAL,
  phq9_9: 1,
  safety_now: 'no',
  cx_aneurysm: 'yes',
};

/**
 * A person with private insurance (so the maker's cost help applies), no one to drive them home and
 * one health flag: the printout must keep what the cost help does not cover, the prior approval,
 * the ride home for each option and that no trial compared the two.
 */
export const COST_HELP: Answers = {
  age_band: '18to64',
  has_depression_dx: 'yes',
  phq9_9: 0,
  travel_minutes: 45,
  ride: 'never',
  coverage: 'private',
  oop_limit: 'under500',
  v_insurance: 3,
  cx_aneurysm: 'no',
  cx_liver: 'yes',
};
