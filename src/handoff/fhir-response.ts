/**
 * Answers as a FHIR R4 Bundle (type collection) for the health record: a QuestionnaireResponse
 * that mirrors the answers item by item, and, when all nine PHQ-9 items are answered, an
 * Observation of the PHQ-9 total (LOINC 44261-6). No name, identifier or subject is ever added:
 * the clinic links the file to the person. Pure: the time and the entry ids come from the caller.
 */
import type {
  Bundle,
  Observation,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
  QuestionnaireResponseItemAnswer,
} from '@medplum/fhirtypes';
import { QUESTIONS } from '../questions/catalog';
import { CONTENT_META } from '../questions/content/meta';
import type { AnswerValue, Answers, Question } from '../questions/types';
import { isEnabled, withoutHidden } from '../questions/visibility';
import { phq9 } from '../results/summarize-read';
import { LOINC, PHQ9_TOTAL, PHQ9_TOTAL_LINK, QUESTIONNAIRE_URL } from './codes';
import { optionForValue } from './fhir-codings';

export interface BundleOptions {
  /** When the answers were handed over, as a FHIR dateTime with a time zone. */
  readonly authored: string;
  /** Two distinct UUIDs for the entries' fullUrl (urn:uuid:...). */
  readonly responseId: string;
  readonly observationId: string;
}

/** The canonical reference to the Questionnaire of this content version. */
export const QUESTIONNAIRE_REF = `${QUESTIONNAIRE_URL}|${CONTENT_META.version}`;

function answersFor(q: Question, value: AnswerValue): QuestionnaireResponseItemAnswer[] {
  if (q.type === 'number') return [{ valueDecimal: value as number }];
  const values = Array.isArray(value) ? value : [value];
  return values.flatMap((v) => {
    const option = optionForValue(q, v);
    return option ? [{ valueCoding: option.coding }] : [];
  });
}

/** `completed` when every question shown for these answers has an answer, else `in-progress`. */
export function responseStatus(answers: Answers): QuestionnaireResponse['status'] {
  const open = QUESTIONS.some((q) => isEnabled(q, answers) && answers[q.id] === undefined);
  return open ? 'in-progress' : 'completed';
}

/** The QuestionnaireResponse: one item per shown, answered question, in catalogue order. */
export function buildResponse(answers: Answers, authored: string): QuestionnaireResponse {
  const shown = withoutHidden(answers);
  const item: QuestionnaireResponseItem[] = [];
  for (const q of QUESTIONS) {
    const value = shown[q.id];
    if (value === undefined) continue;
    const answer = answersFor(q, value);
    if (answer.length > 0) item.push({ linkId: q.id, text: q.text, answer });
  }
  const { total } = phq9(shown);
  if (total !== null) item.push({ linkId: PHQ9_TOTAL_LINK, answer: [{ valueInteger: total }] });
  return {
    resourceType: 'QuestionnaireResponse',
    questionnaire: QUESTIONNAIRE_REF,
    status: responseStatus(shown),
    authored,
    ...(item.length > 0 ? { item } : {}),
  };
}

/** The Observation of the PHQ-9 total, or null unless all nine items are answered. */
export function buildPhq9Observation(
  answers: Answers,
  authored: string,
  responseUrl: string,
): Observation | null {
  const { total } = phq9(withoutHidden(answers));
  if (total === null) return null;
  return {
    resourceType: 'Observation',
    status: 'final',
    category: [
      {
        coding: [
          {
            system: 'http://terminology.hl7.org/CodeSystem/observation-category',
            code: 'survey',
            display: 'Survey',
          },
        ],
      },
    ],
    code: { coding: [{ system: LOINC, ...PHQ9_TOTAL }], text: PHQ9_TOTAL.display },
    effectiveDateTime: authored,
    issued: authored,
    valueInteger: total,
    derivedFrom: [{ reference: responseUrl }],
  };
}

/** The Bundle to download: the response and, with a full PHQ-9, the total as an Observation. */
export function buildBundle(answers: Answers, options: BundleOptions): Bundle {
  const responseUrl = `urn:uuid:${options.responseId}`;
  const observation = buildPhq9Observation(answers, options.authored, responseUrl);
  return {
    resourceType: 'Bundle',
    type: 'collection',
    timestamp: options.authored,
    entry: [
      { fullUrl: responseUrl, resource: buildResponse(answers, options.authored) },
      ...(observation
        ? [{ fullUrl: `urn:uuid:${options.observationId}`, resource: observation }]
        : []),
    ],
  };
}
