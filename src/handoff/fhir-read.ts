/**
 * Reads our FHIR QuestionnaireResponse (alone or in a Bundle) back into answers, for "Open
 * answers". Answers are turned back into the guide's values and then go through the very checks of
 * an answer file (parseAnswerFile), so a FHIR file is accepted or refused exactly as our JSON is:
 * whole, with one plain message, and nothing changed when refused.
 */
import type { Coding } from '@medplum/fhirtypes';
import {
  ANSWER_FILE_FORMAT,
  ANSWER_FILE_VERSION,
  parseAnswerFile,
  type ParseResult,
} from '../questions/answer-file';
import { ANSWER_FILE_ERRORS } from '../questions/content/answer-file-text';
import { FHIR_FILE_ERRORS } from '../questions/content/handoff-text';
import type { Question } from '../questions/types';
import { isQuestionId } from '../questions/validate';
import { getQuestion } from '../questions/catalog';
import { PHQ9_TOTAL_LINK, QUESTIONNAIRE_URL } from './codes';
import { optionForCoding } from './fhir-codings';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

function refuse(reason: string): ParseResult {
  return { ok: false, message: `${reason} ${ANSWER_FILE_ERRORS.nothingChanged}` };
}

/** Whether parsed JSON is a FHIR resource (it names its resourceType). */
export function isFhirResource(data: unknown): data is Json {
  return isObject(data) && typeof data['resourceType'] === 'string';
}

/** The one QuestionnaireResponse in a resource or a Bundle, or why there is none. */
function findResponse(data: Json): Json | string {
  if (data['resourceType'] === 'QuestionnaireResponse') return data;
  if (data['resourceType'] !== 'Bundle') return FHIR_FILE_ERRORS.notOurs;
  const responses = list(data['entry'])
    .map((e) => (isObject(e) ? e['resource'] : undefined))
    .filter((r): r is Json => isObject(r) && r['resourceType'] === 'QuestionnaireResponse');
  if (responses.length === 0) return FHIR_FILE_ERRORS.noResponse;
  if (responses.length > 1) return FHIR_FILE_ERRORS.manyResponses;
  return responses[0] as Json;
}

/** One FHIR answer as the guide's value; an unknown coding stays a code, so the checks name it. */
function valueOf(q: Question, answer: unknown): unknown {
  if (!isObject(answer)) return answer;
  if (q.type === 'number') return answer['valueDecimal'] ?? answer['valueInteger'];
  const coding = answer['valueCoding'];
  if (!isObject(coding)) return undefined;
  return optionForCoding(q, coding as Coding)?.value ?? coding['code'];
}

function itemValue(linkId: string, answers: unknown[]): unknown {
  if (!isQuestionId(linkId)) return answers.length > 0 ? answers : null;
  if (answers.length === 0) return undefined; // an item without an answer is not answered
  const q = getQuestion(linkId);
  const values = answers.map((a) => valueOf(q, a));
  if (q.type === 'multi') return values;
  return values.length === 1 ? values[0] : values;
}

/**
 * Answers from a parsed FHIR resource. Refuses anything that is not a QuestionnaireResponse of
 * this guide's Questionnaire (any content version), and anything the answer-file checks refuse.
 */
export function parseFhirAnswers(data: Json): ParseResult {
  const response = findResponse(data);
  if (typeof response === 'string') return refuse(response);
  const questionnaire = response['questionnaire'];
  if (typeof questionnaire !== 'string' || questionnaire.split('|')[0] !== QUESTIONNAIRE_URL) {
    return refuse(FHIR_FILE_ERRORS.notOurs);
  }
  const entries: [string, unknown][] = [];
  for (const item of list(response['item'])) {
    if (!isObject(item) || typeof item['linkId'] !== 'string')
      return refuse(FHIR_FILE_ERRORS.notOurs);
    const linkId = item['linkId'];
    if (linkId === PHQ9_TOTAL_LINK) continue; // added up again from the items
    const value = itemValue(linkId, list(item['answer']));
    if (value !== undefined) entries.push([linkId, value]);
  }
  const file = {
    format: ANSWER_FILE_FORMAT,
    version: ANSWER_FILE_VERSION,
    answers: Object.fromEntries(entries),
  };
  return parseAnswerFile(JSON.stringify(file));
}
