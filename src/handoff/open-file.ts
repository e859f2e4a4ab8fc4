/**
 * "Open answers" reads either of the guide's files: its own JSON answer file or a FHIR
 * QuestionnaireResponse / Bundle from "Download for the health record (FHIR)".
 */
import { MAX_ANSWER_FILE_CHARS, parseAnswerFile, type ParseResult } from '../questions/answer-file';
import { isFhirResource, parseFhirAnswers } from './fhir-read';

/** Reads an opened file of either kind. Never throws; a refusal changes nothing. */
export function parseOpenedFile(text: string): ParseResult {
  if (typeof text === 'string' && text.length <= MAX_ANSWER_FILE_CHARS) {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      data = undefined;
    }
    if (isFhirResource(data)) return parseFhirAnswers(data);
  }
  return parseAnswerFile(text);
}
