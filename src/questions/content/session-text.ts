/**
 * Words about the session around the questions: saving that fails, other tabs, new versions of the
 * guide, old content and opening a file of answers. Messages that list answers use ANSWER_NAMES.
 */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** "2026-11-28" as "November 28, 2026" (the text as it is when it is not such a date). */
export function longDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && month ? `${month} ${Number(m[3])}, ${m[1]}` : iso;
}

const answersWord = (count: number) => (count === 1 ? '1 answer' : `${count} answers`);

export const SAVE_HEALTH_TEXT = {
  failing:
    'Your answers cannot be saved on this device right now. They stay on this page until you close it. To keep them, download them.',
  newerSaved:
    'Answers on this device were saved by a newer version of this guide. This copy is older. It leaves them as they are and saves nothing. Reload the page to get the newer version.',
  paused: 'Not saved for now: your answers were also changed in another tab.',
  download: 'Download my answers',
} as const;

/** Said after "Next patient" in clinician mode. */
export const NEXT_PATIENT_CLEARED = 'All answers were cleared. Ready for the next patient.';

export const TAB_TEXT = {
  wiped: 'All answers were cleared in another tab.',
  savingOff: 'Saving was turned off in another tab, so nothing is saved here either.',
  added: (names: string) => `Answers changed in another tab are now here too: ${names}.`,
  conflict: (names: string) =>
    `These answers were changed here and in another tab: ${names}. This tab kept its own and stopped saving for now.`,
  keepMine: 'Save the answers in this tab',
  reload: 'Reload to use the saved answers',
} as const;

export const VERSION_TEXT = {
  ready: 'A new version of this guide is ready.',
  reload: 'Reload',
  loadFailed: 'This part of the guide could not load. Check your connection, then try again.',
  tryAgain: 'Try again',
  oldContent: (reviewed: string) =>
    `The facts in this guide were last checked on ${longDate(reviewed)}. They may be out of date. Ask your clinician what is new.`,
} as const;

export const OPEN_FILE_TEXT = {
  continueFromFile: 'Continue from a file',
  continueHint: 'Choose a file of answers you downloaded from this guide before.',
  replace: (count: number) =>
    `You have ${answersWord(count)} here now. The file will replace them. Open it?`,
  replaceYes: 'Yes, replace my answers',
  replaceNo: 'Keep my answers',
  opened: (count: number) => `Opened ${answersWord(count)} from the file.`,
  keptAnswers: 'Your answers were kept. Nothing was changed.',
} as const;
