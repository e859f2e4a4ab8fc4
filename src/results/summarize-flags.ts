/**
 * Flags from the health answers. Levels follow the sources:
 * - Spravato's label has exactly three contraindications: aneurysmal vascular disease or AVM,
 *   history of intracerebral hemorrhage, and hypersensitivity to esketamine or ketamine [S2][S3].
 *   These are `label_contraindication`.
 * - Its warnings (blood pressure and pressure in the head, pregnancy and breastfeeding, psychosis,
 *   abuse and misuse, breathing, bladder, liver, interacting medicines) are `needs_discussion`
 *   [S2][S3][S6][S27].
 * - No label covers IV ketamine for depression [S33]. The label for ketamine as an anesthetic
 *   (Ketalar) rules it out where a big rise in blood pressure would be a serious hazard, and after
 *   an allergy to ketamine [S125][S126]: for an aneurysm, an AVM, bleeding inside the brain and an
 *   allergy, IV ketamine's point is a `label_contraindication` too, worded as the anesthetic
 *   label's. Its warnings (liver injury, sedating medicines, pressure of the fluid around the brain)
 *   [S121][S124][S126], the FDA's list of risks of ketamine products [S33], blood pressure studies
 *   [S49] and trial and clinic exclusion lists [S51][S52] are `needs_discussion`.
 * One flag per answer, with a point for each option at that option's own level, so both options
 * always get the same structure. The flag's level is the most serious of the two and names the
 * option it belongs to (`both` when they share it). `unsure` gives the same flag with `findOut`.
 */
import { QUESTIONS } from '../questions/catalog';
import {
  FLAG_ANSWERS,
  FLAG_EXTRA_TO_DO,
  FLAG_TEXT,
  FLAG_VARIANTS,
  FLAG_WHAT_TO_DO,
} from '../questions/content/summary-text';
import type { Cited } from '../questions/content/types';
import type { Answers, OptionId, QuestionId } from '../questions/types';
import { multi, optionLabel, single, uniqueSources } from './summarize-read';
import type { Flag, FlagLevel, FlagPoint } from './summary-types';

export type HealthQuestionId = keyof typeof FLAG_TEXT;

/** Health questions in catalogue order. */
export const HEALTH_QUESTIONS: readonly HealthQuestionId[] = QUESTIONS.map((q) => q.id).filter(
  (id): id is HealthQuestionId => id in FLAG_TEXT,
);

/**
 * The questions whose `yes` is a label contraindication: Spravato's [S2][S3], and, for IV ketamine,
 * the anesthetic label's [S125][S126].
 */
export const LABEL_CONTRAINDICATIONS = [
  'cx_aneurysm',
  'cx_avm',
  'cx_brain_bleed',
  'cx_allergy',
] as const satisfies readonly HealthQuestionId[];

type Levels = Readonly<Record<OptionId, FlagLevel>>;
const LC: Levels = { spravato: 'label_contraindication', ketamine: 'label_contraindication' };
const ND: Levels = { spravato: 'needs_discussion', ketamine: 'needs_discussion' };

/** The level of each flag, per option, with the sources in the header and in the texts. */
export const FLAG_LEVELS: Readonly<Record<HealthQuestionId, Levels>> = {
  cx_aneurysm: LC,
  cx_avm: LC,
  cx_brain_bleed: LC,
  cx_allergy: LC,
  cx_bp: ND,
  cx_heart: ND,
  cx_pregnant: ND,
  cx_psychosis: ND,
  cx_bipolar: ND,
  cx_substance: ND,
  cx_liver: ND,
  cx_bladder: ND,
  cx_head: ND,
  cx_breathing: ND,
  cx_meds: ND,
};

const LEVEL_ORDER: readonly FlagLevel[] = ['label_contraindication', 'needs_discussion', 'info'];
const OPTIONS: readonly OptionId[] = ['ketamine', 'spravato'];
const MEDS = ['benzodiazepine', 'opioid', 'stimulant', 'maoi'];

const PREGNANCY_TO_DO: Readonly<Record<'pregnant' | 'trying' | 'breastfeeding', string[]>> = {
  pregnant: [],
  trying: [FLAG_EXTRA_TO_DO.cx_pregnant_trying],
  breastfeeding: [FLAG_EXTRA_TO_DO.cx_pregnant_breastfeeding],
};

interface Reading {
  readonly answered: string;
  readonly findOut: boolean;
  readonly variant: 'breastfeeding' | 'trying' | 'high_now' | null;
  readonly extraToDo: readonly string[];
}

/** Whether an answer raises the flag, and how. Null when it does not. */
function read(answers: Answers, id: HealthQuestionId): Reading | null {
  if (id === 'cx_meds') {
    const codes = multi(answers, id);
    const taken = MEDS.filter((m) => codes.includes(m));
    if (taken.length > 0) {
      const answered = taken.map((m) => optionLabel(id, m)).join(', ');
      return { answered, findOut: false, variant: null, extraToDo: [FLAG_EXTRA_TO_DO.cx_meds] };
    }
    if (codes.includes('unsure')) {
      return {
        answered: FLAG_ANSWERS.unsure,
        findOut: true,
        variant: null,
        extraToDo: [FLAG_EXTRA_TO_DO.cx_meds],
      };
    }
    return null;
  }
  const code = single(answers, id);
  if (code === null || code === 'no') return null;
  if (code === 'unsure') {
    const extraToDo = id === 'cx_bp' ? [FLAG_EXTRA_TO_DO.cx_bp_findOut] : [];
    return { answered: FLAG_ANSWERS.unsure, findOut: true, variant: null, extraToDo };
  }
  if (code === 'yes')
    return { answered: FLAG_ANSWERS.yes, findOut: false, variant: null, extraToDo: [] };
  if (id === 'cx_bp' && (code === 'controlled' || code === 'high_now')) {
    const high = code === 'high_now';
    const extraToDo = high ? [FLAG_EXTRA_TO_DO.cx_bp_high_now] : [];
    const variant = high ? code : null;
    return { answered: optionLabel(id, code), findOut: false, variant, extraToDo };
  }
  if (
    id === 'cx_pregnant' &&
    (code === 'pregnant' || code === 'trying' || code === 'breastfeeding')
  ) {
    const variant = code === 'pregnant' ? null : code;
    const extraToDo = PREGNANCY_TO_DO[code];
    return { answered: optionLabel(id, code), findOut: false, variant, extraToDo };
  }
  return null;
}

function textFor(id: HealthQuestionId, option: OptionId, reading: Reading): Cited {
  if (id === 'cx_pregnant' && reading.variant === 'breastfeeding') {
    return FLAG_VARIANTS.cx_pregnant_breastfeeding[option];
  }
  if (id === 'cx_pregnant' && reading.variant === 'trying') {
    return FLAG_VARIANTS.cx_pregnant_trying[option];
  }
  if (id === 'cx_bp' && reading.variant === 'high_now') {
    return FLAG_VARIANTS.cx_bp_high_now[option];
  }
  return FLAG_TEXT[id][option];
}

function makeFlag(id: HealthQuestionId, reading: Reading): Flag {
  const levels = FLAG_LEVELS[id];
  const meaning: FlagPoint[] = OPTIONS.map((option) => {
    const cited = textFor(id, option, reading);
    return { option, level: levels[option], text: cited.text, sourceIds: [...cited.sources] };
  });
  const level = LEVEL_ORDER.find((l) => OPTIONS.some((o) => levels[o] === l)) ?? 'info';
  const atLevel = OPTIONS.filter((o) => levels[o] === level);
  const option = atLevel.length === 1 ? (atLevel[0] ?? 'both') : 'both';
  const toDoForLevel =
    level === 'label_contraindication' && option === 'both'
      ? FLAG_WHAT_TO_DO.label_contraindication_both
      : FLAG_WHAT_TO_DO[level];
  const toDo = [reading.findOut ? FLAG_WHAT_TO_DO.findOut : toDoForLevel, ...reading.extraToDo];
  return {
    id: `flag:${id}:${option}`,
    option,
    level,
    sourceIds: uniqueSources(meaning.map((m) => m.sourceIds)),
    question: id as QuestionId,
    title: FLAG_TEXT[id].title,
    name: FLAG_TEXT[id].name,
    answered: reading.answered,
    meaning,
    whatToDo: toDo.join(' '),
    findOut: reading.findOut,
  };
}

/** Sorts by level, the most serious first, keeping the order within a level. */
export function byLevel<T>(items: readonly T[], levelOf: (item: T) => FlagLevel): T[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort(
      (a, b) =>
        LEVEL_ORDER.indexOf(levelOf(a.item)) - LEVEL_ORDER.indexOf(levelOf(b.item)) ||
        a.index - b.index,
    )
    .map(({ item }) => item);
}

/**
 * One flag for every health answer that is `yes` (or a condition code) or `unsure`, most serious
 * level first, then in catalogue order. Sources: see the module header and each point's `sourceIds`.
 */
export function buildFlags(answers: Answers): Flag[] {
  const flags: Flag[] = [];
  for (const id of HEALTH_QUESTIONS) {
    const reading = read(answers, id);
    if (reading) flags.push(makeFlag(id, reading));
  }
  return byLevel(flags, (f) => f.level);
}
