/**
 * Names and codes of the FHIR hand-off: the Questionnaire's canonical url, our answer code system,
 * and the LOINC codes of the PHQ-9 (docs/decisions/007-fhir-hand-off.md cites where each code
 * comes from: loinc.org pages for panel 44249-1, its items, answer lists LL358-3 and LL359-1, and
 * the total score 44261-6).
 */
import type { QuestionId } from '../questions/types';

/** A name for the Questionnaire, not a link: the guide has no server of its own. */
export const CANONICAL_BASE = 'https://ketamine-spravato-decision-aid.invalid/fhir';
export const QUESTIONNAIRE_ID = 'ketamine-spravato-decision-aid';
export const QUESTIONNAIRE_URL = `${CANONICAL_BASE}/Questionnaire/${QUESTIONNAIRE_ID}`;
/** Where the build serves the Questionnaire, relative to the site root. */
export const QUESTIONNAIRE_FILE = `fhir/Questionnaire-${QUESTIONNAIRE_ID}.json`;
/** Our answer codes (the questionnaire spec's), read together with the item's linkId. */
export const ANSWER_SYSTEM = `${CANONICAL_BASE}/CodeSystem/answer-code`;

export const LOINC = 'http://loinc.org';
export const ORDINAL_VALUE = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';
export const MIN_VALUE = 'http://hl7.org/fhir/StructureDefinition/minValue';
export const MAX_VALUE = 'http://hl7.org/fhir/StructureDefinition/maxValue';

/** LOINC panel 44249-1, "PHQ-9 quick depression assessment panel [Reported.PHQ]". */
export const PHQ9_PANEL = '44249-1';
/** LOINC 44261-6, "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]". */
export const PHQ9_TOTAL = { code: '44261-6', display: 'PHQ-9 total score' } as const;
/** linkId of the read-only total item (not a question: the guide adds it up). */
export const PHQ9_TOTAL_LINK = 'phq9_total';

/** The LOINC code of each PHQ-9 question, members of panel 44249-1. */
export const PHQ9_ITEM_CODES: Readonly<Partial<Record<QuestionId, string>>> = {
  phq9_1: '44250-9',
  phq9_2: '44255-8',
  phq9_3: '44259-0',
  phq9_4: '44254-1',
  phq9_5: '44251-7',
  phq9_6: '44258-2',
  phq9_7: '44252-5',
  phq9_8: '44253-3',
  phq9_9: '44260-8',
  phq9_difficulty: '69722-7',
};

/** LOINC answer list LL358-3 (Not at all ... Nearly every day), by score 0 to 3. */
export const PHQ9_ANSWER_CODES: readonly string[] = [
  'LA6568-5',
  'LA6569-3',
  'LA6570-1',
  'LA6571-9',
];

/** LOINC answer list LL359-1 (how difficult), by our answer code. */
export const DIFFICULTY_ANSWER_CODES: Readonly<Record<string, string>> = {
  not: 'LA6572-7',
  somewhat: 'LA6573-5',
  very: 'LA6575-0',
  extremely: 'LA6574-3',
};
