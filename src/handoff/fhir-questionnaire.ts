/**
 * The FHIR R4 Questionnaire of this guide, made from the question catalogue: one item per
 * question (linkId = question id), its answer options as codings, enable-when from the
 * visibility rules, LOINC codes on the PHQ-9 items, and a read-only item for the PHQ-9 total.
 * The build writes it to /fhir/ (scripts/fhir-questionnaire-plugin.ts); nothing here ships to
 * the browser unless the app imports it.
 */
import type {
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireItemEnableWhen,
} from '@medplum/fhirtypes';
import { PHQ9_ATTRIBUTION, QUESTIONS, getQuestion } from '../questions/catalog';
import { APP_NAME } from '../questions/content/app-text';
import { CONTENT_META } from '../questions/content/meta';
import type { EnableWhen, Question } from '../questions/types';
import {
  LOINC,
  MAX_VALUE,
  MIN_VALUE,
  ORDINAL_VALUE,
  PHQ9_TOTAL,
  PHQ9_TOTAL_LINK,
  QUESTIONNAIRE_ID,
  QUESTIONNAIRE_URL,
} from './codes';
import { codedOptions, itemCode } from './fhir-codings';

const LOINC_NOTICE =
  'This material contains content from LOINC (http://loinc.org), copyright Regenstrief Institute, Inc. and the LOINC Committee, available at no cost under the license at http://loinc.org/license.';

/** The FHIR conditions one enable-when rule stands for; more than one means "any of these". */
export function enableWhenConditions(rule: EnableWhen): QuestionnaireItemEnableWhen[] {
  const target = getQuestion(rule.question);
  const question = rule.question;
  if (rule.op === 'answered') return [{ question, operator: 'exists', answerBoolean: true }];
  if (target.type === 'number') {
    if (rule.op === 'in') throw new Error(`"in" on number question ${question}`);
    return [
      { question, operator: rule.op === 'gt' ? '>' : '=', answerDecimal: Number(rule.value) },
    ];
  }
  const options = codedOptions(target);
  const matching = options.filter((o) => {
    if (rule.op === 'eq') return o.value === rule.value;
    if (rule.op === 'in') return rule.value.includes(o.value);
    return typeof o.value === 'number' && o.value > rule.value;
  });
  if (matching.length === 0) throw new Error(`Rule on ${question} matches no answer option`);
  return matching.map((o) => ({ question, operator: '=', answerCoding: o.coding }));
}

/** enableWhen and enableBehavior of a question; R4 can say "all of" or "any of", not both. */
function enableOf(q: Question): Pick<QuestionnaireItem, 'enableWhen' | 'enableBehavior'> {
  const rules = q.enableWhen ?? [];
  if (rules.length === 0) return {};
  const groups = rules.map(enableWhenConditions);
  if (groups.length > 1 && groups.some((g) => g.length > 1)) {
    throw new Error(`${q.id}: a mix of "all" and "any" rules cannot be written in FHIR R4`);
  }
  const enableWhen = groups.flat();
  if (enableWhen.length === 1) return { enableWhen };
  return { enableWhen, enableBehavior: groups.length > 1 ? 'all' : 'any' };
}

function questionItem(q: Question): QuestionnaireItem {
  const base: QuestionnaireItem = {
    linkId: q.id,
    ...(itemCode(q) ? { code: itemCode(q) } : {}),
    text: q.text,
    type: q.type === 'number' ? 'decimal' : 'choice',
    ...(q.requiredReason ? { required: true } : {}),
    ...enableOf(q),
  };
  if (q.type === 'number') {
    return {
      ...base,
      extension: [
        { url: MIN_VALUE, valueDecimal: q.min },
        { url: MAX_VALUE, valueDecimal: q.max },
      ],
    };
  }
  return {
    ...base,
    ...(q.type === 'multi' ? { repeats: true } : {}),
    answerOption: codedOptions(q).map((o) => ({
      ...(o.ordinal !== undefined
        ? { extension: [{ url: ORDINAL_VALUE, valueDecimal: o.ordinal }] }
        : {}),
      valueCoding: o.coding,
    })),
  };
}

/** The Questionnaire for the current catalogue and content version. Pure; same output each call. */
export function buildQuestionnaire(): Questionnaire {
  return {
    resourceType: 'Questionnaire',
    id: QUESTIONNAIRE_ID,
    url: QUESTIONNAIRE_URL,
    version: CONTENT_META.version,
    name: 'KetamineSpravatoDecisionAid',
    title: APP_NAME,
    status: 'active',
    subjectType: ['Patient'],
    date: CONTENT_META.lastReviewed,
    description:
      'Questions of a decision aid that helps an adult prepare to talk with a clinician about IV ketamine infusions and Spravato (esketamine nasal spray). It does not recommend either option.',
    copyright: `${PHQ9_ATTRIBUTION} ${LOINC_NOTICE}`,
    item: [
      ...QUESTIONS.map(questionItem),
      {
        linkId: PHQ9_TOTAL_LINK,
        code: [{ system: LOINC, code: PHQ9_TOTAL.code, display: PHQ9_TOTAL.display }],
        text: 'PHQ-9 total score (0 to 27), added up when all nine items are answered',
        type: 'integer',
        readOnly: true,
      },
    ],
  };
}
