/** Words for answer files: the download and open actions, and why a file was refused. */

export const ANSWER_FILE_TEXT = {
  heading: 'Your answers as a file',
  intro:
    'You can save your answers in a file on this device and open them again later, or on another device. The file stays with you.',
  download: 'Download my answers',
  open: 'Open answers',
  openHint: 'Choose a file you downloaded from this guide before.',
  fileName: 'my-answers.json',
} as const;

/** Why a file was refused. Each ends by saying that nothing was changed. */
export const ANSWER_FILE_ERRORS = {
  nothingChanged: 'Nothing was changed.',
  tooBig: 'This file is too big to be a file of answers from this guide.',
  notJson: 'This file could not be read. It may be damaged, or it may not be a file of answers.',
  notOurs: 'This is not a file of answers from this guide.',
  otherVersion: (version: string) =>
    `This file was made by a different version of this guide (version ${version}), so we cannot read it.`,
  extraParts: (names: string) => `This file has parts we do not recognise: ${names}.`,
  noAnswers: 'This file does not hold a list of answers.',
  empty: 'This file has no answers in it.',
  unknownIds: (names: string) => `This file has answers we do not recognise: ${names}.`,
  wrongType: (question: string, id: string) =>
    `The answer to "${question}" (${id}) is the wrong kind of value.`,
  outOfRange: (question: string, id: string) =>
    `The answer to "${question}" (${id}) is not one of the allowed answers.`,
  andMore: (count: number) => (count === 1 ? ' and 1 more' : ` and ${count} more`),
  unreadableFile: 'This file could not be opened.',
} as const;
