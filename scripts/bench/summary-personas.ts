/**
 * Bundled by the summary bench (scripts/bench/summary.mjs): the personas it opens the summary
 * with, and the names of what it looks for, read from the same modules the app uses.
 */
import { STORAGE_NAME, STORAGE_VERSION } from '../../src/machine/store';
import { ANSWER_FILE_TEXT } from '../../src/questions/content/answer-file-text';
import { PRINT_TEXT } from '../../src/questions/content/print-text';
import { SUMMARY_TEXT } from '../../src/questions/content/summary-labels';
import { NAV } from '../../src/questions/content/ui-text';
import { MANY_FLAGS, SAFETY_AND_FLAG, TYPICAL } from '../../tests/results/print-persona';

export const PERSONAS = {
  'most flags': MANY_FLAGS,
  typical: TYPICAL,
  'safety block and a flag': SAFETY_AND_FLAG,
};

export const NAMES = {
  storage: STORAGE_NAME,
  storageVersion: STORAGE_VERSION,
  toSummary: NAV.toSummary,
  title: SUMMARY_TEXT.title,
  buttons: [PRINT_TEXT.button, ANSWER_FILE_TEXT.download, ANSWER_FILE_TEXT.open],
};
