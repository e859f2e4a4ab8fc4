/**
 * Short names of the questions, for messages that list answers (saved answers that could not be
 * read back, other tabs' changes, the printed summary). Apart from the question screens' words
 * (ui-text.ts): only such messages need them, and they load after start-up.
 */
import type { QuestionId } from '../types';
import type { LoadNoticeData } from './ui-text';

/** Short names of the questions, for messages that list them. */
export const ANSWER_NAMES: Readonly<Record<QuestionId, string>> = {
  age_band: 'your age',
  has_depression_dx: 'depression diagnosis',
  phq9_1: 'question 1 of the PHQ-9',
  phq9_2: 'question 2 of the PHQ-9',
  phq9_3: 'question 3 of the PHQ-9',
  phq9_4: 'question 4 of the PHQ-9',
  phq9_5: 'question 5 of the PHQ-9',
  phq9_6: 'question 6 of the PHQ-9',
  phq9_7: 'question 7 of the PHQ-9',
  phq9_8: 'question 8 of the PHQ-9',
  phq9_9: 'question 9 of the PHQ-9',
  phq9_difficulty: 'how hard things have been',
  safety_now: 'thoughts of ending your life today',
  ad_trials: 'antidepressants tried',
  ad_current: 'antidepressant now',
  augment_tried: 'added medicines tried',
  therapy_tried: 'talk therapy',
  ect_tried: 'ECT',
  tms_tried: 'TMS',
  ketamine_before: 'ketamine before',
  esketamine_before: 'Spravato before',
  travel_minutes: 'travel time',
  ride: 'a ride home',
  visits_per_week: 'visits per week',
  hours_per_visit: 'time per visit',
  needles: 'needles',
  nasal: 'nose spray',
  coverage: 'insurance',
  oop_limit: 'what you could pay',
  v_fda_depression: 'FDA approval',
  v_insurance: 'insurance paying',
  v_no_needles: 'no needles',
  v_fewer_visits: 'fewer visits',
  v_shorter_visits: 'shorter visits',
  v_evidence: 'large studies',
  v_dose_tailored: 'dose adjusted to you',
  v_long_term_data: 'long-term data',
  v_quick_start: 'starting soon',
  leaning: 'which way you lean',
  leaning_after: 'which way you lean now',
  cx_aneurysm: 'aneurysm',
  cx_avm: 'AVM',
  cx_brain_bleed: 'bleeding inside the brain',
  cx_allergy: 'allergy to ketamine',
  cx_bp: 'blood pressure',
  cx_heart: 'heart problems',
  cx_pregnant: 'pregnancy',
  cx_psychosis: 'psychosis',
  cx_bipolar: 'bipolar disorder',
  cx_substance: 'alcohol or drugs',
  cx_liver: 'liver disease',
  cx_bladder: 'bladder problems',
  cx_head: 'head injury',
  cx_breathing: 'breathing problems',
  cx_meds: 'medicines',
};

function listOf(items: readonly string[]): string {
  if (items.length <= 2) return items.join(' and ');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** One plain sentence saying what saved data could not be read. */
export function loadNoticeText(notice: LoadNoticeData): string {
  if (notice.unreadable) return 'Your saved answers could not be read, so this guide starts fresh.';
  const parts = notice.dropped.map((id) => ANSWER_NAMES[id]);
  if (notice.unknownCount === 1) parts.push('1 entry this guide does not know');
  if (notice.unknownCount > 1)
    parts.push(`${notice.unknownCount} entries this guide does not know`);
  return `Some saved answers could not be read and were left out: ${listOf(parts)}.`;
}
