/**
 * Content that is written but never shown helps nobody, and drifts: every exported content item
 * must be shown by at least one view (the options grid, the summary, the printout, the clinician
 * view or the About page), rendered for answer sets that between them raise every flag.
 * The clinical content (option facts, the grid, glossary, other options, study results, sources)
 * is checked string by string; the other text modules export by export.
 */
import { render } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AboutPage } from '../../src/about/AboutPage';
import { OptionsPeek } from '../../src/app/OptionsScreen';
import { ClinicianSummary } from '../../src/app/clinician/ClinicianSummary';
import { CONTENT_META } from '../../src/questions/content/meta';
import { REFERENCES } from '../../src/questions/content/references';
import type { Answers } from '../../src/questions/types';
import { SummaryScreen } from '../../src/results/components/SummaryScreen';
import { PrintSummary } from '../../src/results/print/PrintSummary';
import { summarize } from '../../src/results/summarize';
import { answersArb } from '../questions/answers-arbitrary';
import { contentModulesByName, stringsIn } from '../questions/content-walk';
import { FEW_ANSWERS, MANY_FLAGS } from '../results/print-persona';
import { shownText } from './rendered-text';

/** Checked string by string: every statement of these modules is shown somewhere. */
const EVERY_STRING = new Set([
  'options',
  'option-grid',
  'glossary',
  'other-options',
  'evidence',
  'references',
]);
/**
 * The app's own words: shown by the question screens, the session notices and the hand-off
 * tools, and checked there (tests/app).
 */
const QUESTION_SCREENS = new Set([
  'ui-text',
  'answer-file-text',
  'app-text',
  'clinician-switch-text',
  'session-text',
  'handoff-text',
]);

const ANSWER_SETS: readonly Answers[] = [
  {},
  FEW_ANSWERS,
  MANY_FLAGS,
  { ...MANY_FLAGS, phq9_9: 0, cx_bp: 'controlled', cx_pregnant: 'pregnant', cx_psychosis: 'yes' },
  ...fc.sample(answersArb, { numRuns: 6, seed: 7 }),
];

function shownEverywhere(): string {
  const views = [
    <OptionsPeek key="grid" onClose={() => {}} />,
    <AboutPage key="about" meta={CONTENT_META} references={REFERENCES} />,
    ...ANSWER_SETS.flatMap((answers, i) => {
      const summary = summarize(answers);
      return [
        <SummaryScreen key={`s${i}`} answers={answers} onAnswer={() => {}} />,
        <PrintSummary key={`p${i}`} summary={summary} printedOn={new Date(0)} />,
        <ClinicianSummary key={`c${i}`} summary={summary} />,
      ];
    }),
  ];
  return views
    .map((v) => {
      const { container, unmount } = render(v);
      const text = shownText(container);
      unmount();
      return text;
    })
    .join(' ');
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('every exported content item is shown somewhere', () => {
  const shown = shownEverywhere();
  const modules = [...contentModulesByName()].filter(([name]) => !QUESTION_SCREENS.has(name));

  it('checks the clinical content modules', () => {
    const names = modules.map(([name]) => name);
    for (const name of EVERY_STRING) expect(names).toContain(name);
  });

  it.each(modules.filter(([name]) => EVERY_STRING.has(name)))(
    'shows every statement of %s',
    (name, mod) => {
      const missing = Object.entries(mod)
        .flatMap(([exportName, value]) => stringsIn(value, `${name}.${exportName}`))
        .filter((s) => !shown.includes(collapse(s.text)))
        .map((s) => `${s.where}: ${s.text}`);
      expect(missing).toEqual([]);
    },
  );

  it.each(modules.filter(([name]) => !EVERY_STRING.has(name)))(
    'shows something of every export of %s',
    (name, mod) => {
      const missing = Object.entries(mod)
        .map(([exportName, value]) => ({
          exportName,
          texts: stringsIn(value, exportName).map((s) => collapse(s.text)),
        }))
        .filter((e) => e.texts.length > 0 && !e.texts.some((t) => shown.includes(t)))
        .map((e) => `${name}.${e.exportName}`);
      expect(missing).toEqual([]);
    },
  );
});
