/**
 * Types for the question catalogue and the answers it produces.
 * Ids and answer codes come from the questionnaire spec (a contract: saved files depend on them).
 */

/**
 * Where the flow can be. Sections hold questions; `options` (the two options side by side), `review`,
 * `summary` and `underage` do not.
 */
export type SectionId =
  'about' | 'severity' | 'safety' | 'history' | 'logistics' | 'cost' | 'values' | 'health';

export type StepId = SectionId | 'options' | 'review' | 'summary' | 'underage';

export type QuestionType = 'single' | 'multi' | 'scale0to3' | 'number' | 'importance';

/** The two options compared. Shown in alphabetical order of their display names. */
export type OptionId = 'ketamine' | 'spravato';

/** An id in the source register (`references.ts`), such as `S2`. */
export type SourceId = string;

export interface AnswerOption {
  /** Answer code from the spec. Never derived from the label. */
  readonly code: string;
  readonly label: string;
  /** Optional extra line under the label. */
  readonly hint?: string;
  /** For `multi`: choosing this clears the others (and the others clear it). */
  readonly exclusive?: boolean;
}

/** Show a question only when an earlier answer matches. All conditions must hold. */
export type EnableWhen =
  | { readonly question: QuestionId; readonly op: 'eq'; readonly value: string | number }
  | {
      readonly question: QuestionId;
      readonly op: 'in';
      readonly value: readonly (string | number)[];
    }
  | { readonly question: QuestionId; readonly op: 'gt'; readonly value: number }
  | { readonly question: QuestionId; readonly op: 'answered' };

interface QuestionBase {
  readonly id: QuestionId;
  readonly section: SectionId;
  readonly type: QuestionType;
  /** The question as shown. */
  readonly text: string;
  /** Short "why we ask" line, shown on demand. */
  readonly why: string;
  /** Present only for required questions: says why it is required. */
  readonly requiredReason?: string;
  readonly enableWhen?: readonly EnableWhen[];
  /** Standard instrument wording, reproduced verbatim (exempt from our readability target). */
  readonly standardWording?: 'phq9';
  /** Asked on the summary screen rather than in its section's screen. */
  readonly askedOnSummary?: boolean;
}

export interface ChoiceQuestion extends QuestionBase {
  readonly type: 'single' | 'multi' | 'scale0to3' | 'importance';
  readonly options: readonly AnswerOption[];
}

export interface NumberQuestion extends QuestionBase {
  readonly type: 'number';
  readonly min: number;
  readonly max: number;
  readonly unit: string;
}

export type Question = ChoiceQuestion | NumberQuestion;

export interface Section {
  readonly id: SectionId;
  readonly title: string;
  /** One or two sentences at the top of the screen. */
  readonly intro: string;
}

export type QuestionId =
  | 'age_band'
  | 'has_depression_dx'
  | 'phq9_1'
  | 'phq9_2'
  | 'phq9_3'
  | 'phq9_4'
  | 'phq9_5'
  | 'phq9_6'
  | 'phq9_7'
  | 'phq9_8'
  | 'phq9_9'
  | 'phq9_difficulty'
  | 'safety_now'
  | 'ad_trials'
  | 'ad_current'
  | 'augment_tried'
  | 'therapy_tried'
  | 'ect_tried'
  | 'tms_tried'
  | 'ketamine_before'
  | 'esketamine_before'
  | 'travel_minutes'
  | 'ride'
  | 'visits_per_week'
  | 'hours_per_visit'
  | 'needles'
  | 'nasal'
  | 'coverage'
  | 'oop_limit'
  | 'v_fda_depression'
  | 'v_insurance'
  | 'v_no_needles'
  | 'v_fewer_visits'
  | 'v_shorter_visits'
  | 'v_evidence'
  | 'v_dose_tailored'
  | 'v_long_term_data'
  | 'v_quick_start'
  | 'leaning'
  | 'leaning_after'
  | 'cx_aneurysm'
  | 'cx_avm'
  | 'cx_brain_bleed'
  | 'cx_allergy'
  | 'cx_bp'
  | 'cx_heart'
  | 'cx_pregnant'
  | 'cx_psychosis'
  | 'cx_bipolar'
  | 'cx_substance'
  | 'cx_liver'
  | 'cx_bladder'
  | 'cx_head'
  | 'cx_breathing'
  | 'cx_meds';

export type AnswerValue = string | number | readonly string[];

/** What the person has answered. A missing key means "not answered". */
export type Answers = Partial<Record<QuestionId, AnswerValue>>;
