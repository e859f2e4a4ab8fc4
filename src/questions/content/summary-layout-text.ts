/**
 * Words of the summary's layout: the part shown first, the parts opened on demand, the printout's
 * crisis footer and PHQ-9 line, and the clinician view's switch. Headings of the parts themselves
 * come from summary-text.ts; flag levels from print-text.ts.
 */

export const GLANCE_TEXT = {
  actionsLabel: 'Print, save, open or share your answers',
  topPrioritiesHeading: 'What matters most to you',
  morePriorities: (count: number) =>
    count === 1
      ? '1 more thing you rated is under "What matters to you" below.'
      : `${count} more things you rated are under "What matters to you" below.`,
  detailsHeading: 'More detail',
  prioritiesTable: 'Each thing you rated, with the facts about each option',
  detailsIntro: 'Open a part to read it.',
  scheduleDetailsHeading: 'The first 8 weeks, week by week',
  partSources: 'Sources for this part',
  glanceSources: 'Sources for the part above',
} as const;

/** The printout's PHQ-9 line, for the clinician. */
export const PRINT_LAYOUT_TEXT = {
  phqLabel: 'PHQ-9, for the clinician',
  phqTotal: (total: number, band: string) => `total ${total} out of 27 (${band})`,
  phqPartial: (answered: number) => `${answered} of 9 questions answered, no total`,
  phqItem9: 'Item 9',
  phqDifficulty: 'How hard daily life is',
  notAnswered: 'not answered',
  crisisLabel: 'Crisis help, day or night',
  notesHeading: 'My notes',
  rowsNote: 'Health, what matters: page 1.',
  printedBriefly:
    'Up to 3 points for each option, cut to the first sentence. The guide has the rest.',
} as const;

/** Where the PHQ-9 total and bands come from (Kroenke, Spitzer & Williams 2001). */
export const PHQ_LINE = { sources: ['S100'] } as const;

/** The clinician view's switch between the answers and the summary on a narrow screen. */
export const CLINICIAN_LAYOUT_TEXT = {
  switchLabel: 'Show',
  answers: 'Answers',
  summary: 'Summary',
} as const;
