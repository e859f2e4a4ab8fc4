/** Reads a chosen file as answers. Messages are made plain (no control or bidirectional characters). */
import { MAX_ANSWER_FILE_CHARS, type ParseResult } from '../../questions/answer-file';
import { ANSWER_FILE_ERRORS } from '../../questions/content/answer-file-text';
import { plainText } from '../../questions/plain-text';

function refused(reason: string): ParseResult {
  return { ok: false, message: `${reason} ${ANSWER_FILE_ERRORS.nothingChanged}` };
}

export async function readAnswerFile(file: File): Promise<ParseResult> {
  // A file over the limit in bytes is over it in characters too: refuse it without reading it.
  if (file.size > MAX_ANSWER_FILE_CHARS) return refused(ANSWER_FILE_ERRORS.tooBig);
  let result: ParseResult;
  try {
    // The reader of FHIR files as well as ours loads only when a file is opened.
    const { parseOpenedFile } = await import('../../handoff/open-file');
    result = parseOpenedFile(await file.text());
  } catch {
    result = refused(ANSWER_FILE_ERRORS.unreadableFile);
  }
  return result.ok ? result : { ok: false, message: plainText(result.message) };
}
