/**
 * Words for handing the answers on: the health-record file (FHIR), the note for the chart, the
 * code and link that open the answers on another device, and opening such a link.
 */

export const HANDOFF_TEXT = {
  heading: 'Share with your clinician',
  intro:
    'These make copies of your answers for your clinic. They stay on this device until you pass them on.',
  fhirButton: 'Download for the health record (FHIR)',
  fhirHint: 'A file that clinic record systems can read. It has no name on it.',
  fhirFileName: 'answers-for-health-record.fhir.json',
  noteButton: 'Copy a note for the chart',
  noteHint: 'A short text your clinician can paste into your record.',
  noteCopied: 'The note was copied. You can paste it now.',
  noteFailed: 'The note could not be copied here. Select the text below and copy it yourself.',
  noteLabel: 'Note for the chart',
  codeButton: 'Show a code for another device',
  codeHide: 'Hide the code',
  codeHeading: 'Open your answers on another device',
  codeWarning:
    'Anyone who scans this code or gets this link can see your answers. Show it only to people you trust.',
  codeHowTo:
    'Scan the code with the camera of the other device. The answers are inside the link itself. They are not sent to any server.',
  codeLabel: 'A code that opens this guide with your answers on another device',
  linkButton: 'Copy the link instead',
  linkCopied: 'The link was copied.',
  linkFailed: 'The link could not be copied here. Select it below and copy it yourself.',
  linkLabel: 'Link with your answers',
  codeLoading: 'Making the code…',
  codeFailed: 'The code could not be made on this device. You can still copy the link.',
} as const;

/** Opening a link made by "Show a code for another device". */
export const HANDOFF_OPEN_TEXT = {
  heading: 'Open answers from a link?',
  body: (count: number) =>
    count === 1
      ? 'This link holds 1 answer to this guide. Opening it replaces any answers on this device.'
      : `This link holds ${count} answers to this guide. Opening them replaces any answers on this device.`,
  open: 'Open these answers',
  keep: 'Keep my answers',
  refusedHeading: 'This link could not be opened',
  broken: 'This link is cut short or damaged, so we cannot read the answers in it.',
  otherVersion: 'This link was made by a different version of this guide, so we cannot read it.',
  dismiss: 'OK',
} as const;

/** Why a health-record (FHIR) file was refused. "Nothing was changed." is added after each. */
export const FHIR_FILE_ERRORS = {
  notOurs: 'This health-record file was not made by this guide.',
  noResponse: 'This health-record file holds no answers from this guide.',
  manyResponses: 'This health-record file holds more than one set of answers.',
} as const;

/**
 * The note for the chart, written for the clinician. Short lines, flags first; at most about
 * 1,500 characters in all.
 */
export const CHART_NOTE_TEXT = {
  title: 'Patient-prepared notes: IV ketamine or Spravato (decision aid)',
  notAdvice: 'This is not a recommendation for either option.',
  safety: (urgent: boolean) =>
    urgent
      ? 'SAFETY: PHQ-9 item 9 above 0, and said yes or not sure to thoughts of acting on it now. Crisis lines (988, 911) were shown.'
      : 'SAFETY: PHQ-9 item 9 above 0. Crisis lines (988, 911) were shown.',
  flagsHeading: 'Flags from health answers:',
  noFlags: 'Flags from health answers: none.',
  flagLine: (option: string, level: string, names: string) => `- ${option}, ${level}: ${names}.`,
  findOut: (names: string) => `- Not sure, to check: ${names}.`,
  phqTotal: (total: number, band: string) => `PHQ-9: ${total}/27 (${band}).`,
  phqPartial: (answered: number) => `PHQ-9: ${answered} of 9 items answered, no total.`,
  difficulty: (label: string) => `Difficulty: ${label}.`,
  leaning: (before: string, after: string) =>
    `Leaning: ${before} before the summary, ${after} after it.`,
  notSaid: 'not said',
  prioritiesHeading: 'Top priorities (rated important):',
  noPriorities: 'Top priorities: none rated quite or very important.',
  priority: (value: string, importance: string, ketamine: string, spravato: string) =>
    `- ${value} (${importance}). IV ketamine: ${ketamine} Spravato: ${spravato}`,
  morePriorities: (count: number) => `- and ${count} more in the full summary.`,
  footer: (version: string, reviewed: string, date: string) =>
    `Content version ${version} (reviewed ${reviewed}). Made on ${date}.`,
} as const;
