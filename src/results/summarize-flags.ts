/**
 * Flags from the health answers. Levels follow the sources:
 * - Spravato's label has exactly three contraindications: aneurysmal vascular disease or AVM,
 *   history of intracerebral hemorrhage, and hypersensitivity to esketamine or ketamine
 *   [S2][S3][S16]. These are `label_contraindication`.
 * - Its warnings (blood pressure, pregnancy and breastfeeding, psychosis, abuse and misuse,
 *   breathing, bladder, liver, interacting medicines) are `needs_discussion` [S2][S3][S6][S15][S27].
 * - IV ketamine has no depression label [S33], so it has no label contraindications. Its flags come
 *   from what the FDA lists as risks of ketamine products [S33], blood pressure studies [S48][S49]
 *   and trial and clinic exclusion lists [S51][S52]: always `needs_discussion`, or `info` where
 *   our sources say nothing.
 * One flag per answer, with a point for each option at that option's own level, so both options
 * always get the same structure. The flag's level is the most serious of the two and names the
 * option it belongs to (`both` when they share it); a label contraindication stays a Spravato flag
 * that also says what the answer means for IV ketamine. `unsure` gives the same flag with `findOut`.
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

/** The questions whose `yes` is a Spravato label contraindication [S2][S3][S16]. */
export const LABEL_CONTRAINDICATIONS = [
  'cx_aneurysm',
  'cx_avm',
  'cx_brain_bleed',
  'cx_allergy',
] as const satisfies readonly HealthQuestionId[];

type Levels = Readonly<Record<OptionId, FlagLevel>>;
const LC_ND: Levels = { spravato: 'label_contraindication', ketamine: 'needs_discussion' };
const ND: Levels = { spravato: 'needs_discussion', ketamine: 'needs_discussion' };

/** The level of each flag, per option, with the sources in the header and in the texts. */
export const FLAG_LEVELS: Readonly<Record<HealthQuestionId, Levels>> = {
  cx_aneurysm: LC_ND,
  cx_avm: LC_ND,
  cx_brain_bleed: LC_ND,
  cx_allergy: LC_ND,
  cx_bp: ND,
  cx_heart: ND,
  cx_pregnant: ND,
  cx_psychosis: ND,
  cx_bipolar: ND,
  cx_substance: ND,
  cx_liver: { spravato: 'needs_discussion', ketamine: 'info' },
  cx_bladder: ND,
  cx_head: { spravato: 'info', ketamine: 'needs_discussion' },
  cx_breathing: ND,
  cx_meds: { spravato: 'needs_discussion', ketamine: 'info' },
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
  readonly variant: 'breastfeeding' | 'trying' | null;
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
    const extraToDo = code === 'high_now' ? [FLAG_EXTRA_TO_DO.cx_bp_high_now] : [];
    return { answered: optionLabel(id, code), findOut: false, variant: null, extraToDo };
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
  const toDo = [
    reading.findOut ? FLAG_WHAT_TO_DO.findOut : FLAG_WHAT_TO_DO[level],
    ...reading.extraToDo,
  ];
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
