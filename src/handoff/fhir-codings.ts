/**
 * How each answer of the catalogue is written in FHIR: one coding per answer option (LOINC for the
 * PHQ-9 scale and difficulty item, our own answer codes otherwise) and a decimal for numbers.
 * The Questionnaire, the response and the reader all use these, so they cannot drift apart.
 */
import type { Coding } from '@medplum/fhirtypes';
import type { Question } from '../questions/types';
import {
  ANSWER_SYSTEM,
  DIFFICULTY_ANSWER_CODES,
  LOINC,
  PHQ9_ANSWER_CODES,
  PHQ9_ITEM_CODES,
} from './codes';

/** One answer option: its FHIR coding and the value the guide stores for it. */
export interface CodedOption {
  readonly coding: Coding;
  readonly value: string | number;
  /** The score of an ordered option (PHQ-9 items, importance). */
  readonly ordinal?: number;
}

/** The answer options of a choice question as codings; empty for a number question. */
export function codedOptions(q: Question): readonly CodedOption[] {
  if (q.type === 'number') return [];
  return q.options.map((o, i) => {
    if (q.type === 'scale0to3' || q.type === 'importance') {
      const phq = q.type === 'scale0to3' && PHQ9_ITEM_CODES[q.id] !== undefined;
      const code = phq ? (PHQ9_ANSWER_CODES[i] ?? o.code) : o.code;
      return {
        coding: { system: phq ? LOINC : ANSWER_SYSTEM, code, display: o.label },
        value: Number(o.code),
        ordinal: Number(o.code),
      };
    }
    const loinc = q.id === 'phq9_difficulty' ? DIFFICULTY_ANSWER_CODES[o.code] : undefined;
    return {
      coding: { system: loinc ? LOINC : ANSWER_SYSTEM, code: loinc ?? o.code, display: o.label },
      value: o.code,
    };
  });
}

/** The coded option for a stored value, if the question has one. */
export function optionForValue(q: Question, value: unknown): CodedOption | undefined {
  return codedOptions(q).find((o) => o.value === value);
}

/** The coded option a FHIR coding names (same system and code), if any. */
export function optionForCoding(q: Question, coding: Coding | undefined): CodedOption | undefined {
  if (!coding) return undefined;
  return codedOptions(q).find(
    (o) => o.coding.system === coding.system && o.coding.code === coding.code,
  );
}

/** The LOINC code of a question, as an item code list (PHQ-9 items and difficulty only). */
export function itemCode(q: Question): Coding[] | undefined {
  const code = PHQ9_ITEM_CODES[q.id];
  return code ? [{ system: LOINC, code }] : undefined;
}
