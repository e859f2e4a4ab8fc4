import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PRINT_TEXT } from '../../src/questions/content/print-text';
import { PRINT_LAYOUT_TEXT } from '../../src/questions/content/summary-layout-text';
import { FLAG_TEXT } from '../../src/questions/content/flag-text';
import { AGE_TEXT, HEALTH_TEXT } from '../../src/questions/content/health-row-text';
import { COST_TEXT, LOGISTICS_TEXT } from '../../src/questions/content/practical-text';
import { HISTORY_TEXT, SEVERITY_TEXT } from '../../src/questions/content/situation-text';
import {
  NO_FLAGS_TEXT,
  OPTION_NAMES,
  SUMMARY_TEXT,
} from '../../src/questions/content/summary-labels';
import type { Cited } from '../../src/questions/content/types';
import { firstSentence, flagLines, onPaper, printedRow } from '../../src/results/print/condense';
import { shortReference } from '../../src/results/print/format';
import { PrintButton } from '../../src/results/print/PrintButton';
import { PrintOnDemand } from '../../src/results/print/PrintOnDemand';
import { PrintSummary } from '../../src/results/print/PrintSummary';
import { summarize } from '../../src/results/summarize';
import type { SummaryRow } from '../../src/results/summary-types';
import { sentences } from '../questions/claim-rules';
import { FEW_ANSWERS, MANY_FLAGS, TYPICAL } from './print-persona';

const PRINTED_ON = new Date(2026, 10, 28);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the printed summary', () => {
  it('puts on page 1, in the order of the screen: name line, date, crisis box, PHQ-9 line, flags, what matters, the 8 weeks and the leaning', () => {
    const summary = summarize(MANY_FLAGS);
    render(<PrintSummary summary={summary} printedOn={PRINTED_ON} />);
    const page1 = screen.getByRole('region', { name: PRINT_TEXT.pageOne });
    const text = page1.textContent ?? '';

    expect(text).toContain(`${PRINT_TEXT.nameLabel}:`);
    expect(page1.querySelector('.print-blank')?.textContent).toBe('');
    expect(text).toContain('November 28, 2026');
    const crisis = within(page1).getByRole('region', { name: summary.safety?.heading });
    expect(crisis.textContent).toContain('Call or text 988');
    expect(crisis.textContent).toContain('Call 911');
    const order = [
      summary.safety?.heading ?? '',
      PRINT_LAYOUT_TEXT.phqLabel,
      SUMMARY_TEXT.flagsHeading,
      SUMMARY_TEXT.prioritiesHeading,
      SUMMARY_TEXT.scheduleHeading,
      SUMMARY_TEXT.leaningHeading,
    ].map((words) => text.indexOf(words));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).toContain('Not sure yet');
    expect(text).toContain('Neither of these');
  });

  it('prints each flag condition first, then its level for each option in A to Z order', () => {
    const summary = summarize(MANY_FLAGS);
    render(<PrintSummary summary={summary} printedOn={PRINTED_ON} />);
    const table = document.querySelector('.print-flag-table');
    const headers = [...(table?.querySelectorAll('thead th') ?? [])].map((h) => h.textContent);
    const first = [...(table?.querySelector('tbody tr')?.children ?? [])].map((c) => c.textContent);

    expect(headers).toEqual([PRINT_TEXT.condition, OPTION_NAMES.ketamine, OPTION_NAMES.spravato]);
    expect(first).toEqual([
      `${FLAG_TEXT.cx_aneurysm.title} (Yes)`,
      PRINT_TEXT.ketamineLabelLevel,
      PRINT_TEXT.flagLevels.label_contraindication,
    ]);
    for (const flag of summary.flags) expect(table?.textContent).toContain(flag.title);
  });

  it('puts the side-by-side table, the questions, ruled lines, version and sources on page 2', () => {
    const summary = summarize(MANY_FLAGS);
    render(<PrintSummary summary={summary} printedOn={PRINTED_ON} />);
    const page2 = screen.getByRole('region', { name: PRINT_TEXT.pageTwo });
    const text = page2.textContent ?? '';

    for (const heading of [
      SUMMARY_TEXT.tableHeading,
      SUMMARY_TEXT.questionsHeading,
      PRINT_LAYOUT_TEXT.notesHeading,
      SUMMARY_TEXT.referencesHeading,
    ]) {
      expect(within(page2).getByRole('heading', { name: new RegExp(heading) })).toBeTruthy();
    }
    const headers = [...page2.querySelectorAll('thead th')].map((h) => h.textContent);
    expect(headers).toEqual([OPTION_NAMES.ketamine, OPTION_NAMES.spravato]);
    expect(page2.querySelectorAll('.print-rule').length).toBeGreaterThanOrEqual(20);
    expect(text).toContain(summary.content.version);
    expect(text).toContain(summary.content.reviewed);
    expect(text).toMatch(/S2 /);
    expect(text).toContain(summary.questions[0]?.text);
  });

  it('gives a person without flags the crisis line on both pages and the PHQ-9 line for the clinician', () => {
    const summary = summarize(TYPICAL);
    render(<PrintSummary summary={summary} printedOn={PRINTED_ON} />);
    const footers = document.querySelectorAll('.print-crisis-footer');
    const phq = document.querySelector('.print-phq')?.textContent ?? '';

    expect(summary.safety).toBeNull();
    expect(footers).toHaveLength(2);
    for (const footer of footers) {
      expect(footer.textContent).toContain('Call or text 988');
      expect(footer.textContent).toContain('Call 911');
    }
    expect(phq).toContain(PRINT_LAYOUT_TEXT.phqTotal(11, 'moderate'));
    expect(phq).toContain(`${PRINT_LAYOUT_TEXT.phqItem9}: Not at all`);
    expect(phq).toContain(`${PRINT_LAYOUT_TEXT.phqDifficulty}: Very difficult`);
    expect(document.querySelector('.print-refs')?.textContent).toMatch(/S100 .*S106 /);
  });

  it('says when the PHQ-9 has no total, and what was not answered', () => {
    render(<PrintSummary summary={summarize(FEW_ANSWERS)} printedOn={PRINTED_ON} />);
    const phq = document.querySelector('.print-phq')?.textContent ?? '';

    expect(phq).toContain(PRINT_LAYOUT_TEXT.phqPartial(1));
    expect(phq).toContain(`${PRINT_LAYOUT_TEXT.phqItem9}: Not at all`);
    expect(phq).toContain(`${PRINT_LAYOUT_TEXT.phqDifficulty}: ${PRINT_LAYOUT_TEXT.notAnswered}`);
  });

  it('has no button, link, form control or progress bar', () => {
    render(<PrintSummary summary={summarize(MANY_FLAGS)} printedOn={PRINTED_ON} />);

    expect(screen.queryAllByRole('button')).toEqual([]);
    expect(screen.queryAllByRole('link')).toEqual([]);
    expect(screen.queryAllByRole('progressbar')).toEqual([]);
    expect(document.querySelectorAll('input, select, textarea')).toHaveLength(0);
  });

  it('shows no crisis box and says there are no flags when none apply', () => {
    const summary = summarize(FEW_ANSWERS);
    render(<PrintSummary summary={summary} printedOn={PRINTED_ON} />);

    expect(summary.safety).toBeNull();
    expect(document.querySelector('.print-crisis')).toBeNull();
    expect(screen.getByText(NO_FLAGS_TEXT.some)).toBeTruthy();
    expect(screen.queryByText(SUMMARY_TEXT.noFlags)).toBeNull();
  });

  it('marks every printed point with a shape explained in the key, not by colour', () => {
    render(<PrintSummary summary={summarize(MANY_FLAGS)} printedOn={PRINTED_ON} />);
    const marks = [...document.querySelectorAll('.print-mark')].map((m) => m.textContent);
    const legend = document.querySelector('.print-legend')?.textContent ?? '';

    expect(marks.length).toBeGreaterThan(6);
    for (const mark of Object.values(PRINT_TEXT.toneMarks)) expect(legend).toContain(mark);
    for (const mark of marks) expect(Object.values(PRINT_TEXT.toneMarks)).toContain(mark);
  });
});

describe('fitting the summary on paper', () => {
  it('cuts a text to its first sentence', () => {
    expect(firstSentence('One thing. Two things.')).toBe('One thing.');
    expect(firstSentence('About 0.5 mg per kg. More here.')).toBe('About 0.5 mg per kg.');
    expect(firstSentence('Only one')).toBe('Only one');
  });

  it('shows only what the person said when no point in a row is about them', () => {
    const row: SummaryRow = {
      factor: 'severity',
      heading: 'How you feel',
      youSaid: ['PHQ-9 score: 12'],
      ketamine: [{ text: 'A. B.', tone: 'neutral', sourceIds: ['S1'] }],
      spravato: [{ text: 'C. D.', tone: 'neutral', sourceIds: ['S2'] }],
    };
    expect(printedRow(row).cells).toBeNull();
  });

  it('gives the other option its first general point when only one option has a personal point', () => {
    const row: SummaryRow = {
      factor: 'cost',
      heading: 'Cost',
      youSaid: [],
      ketamine: [{ text: 'Not covered. Ask.', tone: 'consider', sourceIds: ['S54'] }],
      spravato: [
        { text: 'Often covered. Approval first.', tone: 'neutral', sourceIds: ['S37'] },
        { text: 'Other.', tone: 'neutral', sourceIds: [] },
      ],
    };
    expect(printedRow(row).cells).toEqual({
      ketamine: [{ text: 'Not covered.', tone: 'consider', sourceIds: ['S54'] }],
      spravato: [{ text: 'Often covered.', tone: 'neutral', sourceIds: ['S37'] }],
    });
  });

  it('shortens a source title to the whole words that fit, then an ellipsis', () => {
    const ref = {
      id: 'S2',
      authors: 'A',
      year: '2019',
      title: 'SPRAVATO Prescribing Information (revised)',
    };

    expect(shortReference(ref)).toBe('SPRAVATO Prescribing…');
    expect(shortReference({ ...ref, title: '[Short title]' })).toBe('Short title');
    expect(shortReference({ ...ref, title: 'Supercalifragilisticexpialidocious words' })).toBe(
      'Supercalifragilisticex…',
    );
  });

  it('lists label contraindications first and keeps every flagged answer once', () => {
    const summary = summarize(MANY_FLAGS);
    const lines = flagLines(summary.flags);

    expect(lines[0]?.levels.spravato).toBe('label_contraindication');
    const printed = lines.map((l) => l.question);
    expect(printed).toEqual([...new Set(summary.flags.map((f) => f.question))]);
  });

  it('keeps at most three points for each option, those to think about first, in the row order', () => {
    const point = (text: string, tone: 'fits' | 'consider') => ({ text, tone, sourceIds: [] });
    const row: SummaryRow = {
      factor: 'logistics',
      heading: 'Getting there',
      youSaid: [],
      ketamine: [
        point('A.', 'fits'),
        point('B.', 'consider'),
        point('C.', 'fits'),
        point('D.', 'consider'),
        point('E.', 'consider'),
      ],
      spravato: [point('F.', 'fits'), point('G.', 'fits')],
    };
    const cells = printedRow(row).cells;

    expect(cells?.ketamine.map((p) => p.text)).toEqual(['B.', 'D.', 'E.']);
    expect(cells?.spravato.map((p) => p.text)).toEqual(['F.', 'G.']);
  });

  it('prints for a label contraindication each option at its own level', () => {
    const lines = flagLines(summarize({ cx_brain_bleed: 'yes', cx_head: 'yes' }).flags);

    expect(lines.map((l) => [l.question, l.levels])).toEqual([
      [
        'cx_brain_bleed',
        { ketamine: 'label_contraindication', spravato: 'label_contraindication' },
      ],
      ['cx_head', { ketamine: 'needs_discussion', spravato: 'needs_discussion' }],
    ]);
  });

  it('names the anesthetic label for IV ketamine and the Spravato label for Spravato on paper', () => {
    render(<PrintSummary summary={summarize({ cx_allergy: 'yes' })} printedOn={PRINTED_ON} />);
    const row = document.querySelector('.print-flag-table tbody tr');
    const cells = [...(row?.children ?? [])].map((c) => c.textContent);

    expect(cells).toEqual([
      `${FLAG_TEXT.cx_allergy.title} (Yes)`,
      PRINT_TEXT.ketamineLabelLevel,
      PRINT_TEXT.flagLevels.label_contraindication,
    ]);
  });

  it('prints the same questions as the screen, in the same order', () => {
    const summary = summarize(MANY_FLAGS);
    render(<PrintSummary summary={summary} printedOn={PRINTED_ON} />);
    const list = document.querySelector('.print-questions ol');
    const printed = [...(list?.querySelectorAll('li') ?? [])].map((li) => li.textContent);

    expect(printed).toEqual(summary.questions.map((q) => q.text));
  });
});

describe('printing', () => {
  it('adds the printed summary to the page only while printing', () => {
    render(<PrintOnDemand summary={summarize(MANY_FLAGS)} />);
    expect(document.querySelector('.print-root')).toBeNull();

    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(document.body.querySelector(':scope > .print-root .print-summary')).not.toBeNull();

    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(document.querySelector('.print-root')).toBeNull();
  });

  it('opens the print dialog from "Print or save as PDF"', async () => {
    const print = vi.fn();
    vi.stubGlobal('print', print);
    render(<PrintButton />);

    await userEvent.click(screen.getByRole('button', { name: PRINT_TEXT.button }));

    expect(print).toHaveBeenCalledTimes(1);
    vi.unstubAllGlobals();
  });
});

/** Every cited statement a row of the summary can show, with where it is. */
function rowStatements(): { where: string; cited: Cited }[] {
  const out: { where: string; cited: Cited }[] = [];
  const walk = (value: unknown, where: string) => {
    if (value === null || typeof value !== 'object') return;
    const v = value as Record<string, unknown>;
    if (typeof v.text === 'string' && Array.isArray(v.sources)) {
      out.push({ where, cited: v as unknown as Cited });
      return;
    }
    for (const [k, child] of Object.entries(v)) walk(child, `${where}.${k}`);
  };
  const modules = { SEVERITY_TEXT, HISTORY_TEXT, LOGISTICS_TEXT, COST_TEXT, HEALTH_TEXT, AGE_TEXT };
  for (const [name, value] of Object.entries(modules)) walk(value, name);
  return out;
}

/** A sentence that limits what comes before it: what is not covered, what to ask, "usually". */
const LIMITS = /\b(?:not|ask|only|usually)\b/i;

describe('shortening a point for paper', () => {
  it('finds the statements of every row', () => {
    expect(rowStatements().length).toBeGreaterThan(30);
  });

  it.each(rowStatements().map((s) => [s.where, s.cited] as const))(
    'keeps in %s every later sentence that limits it',
    (_where, cited) => {
      const [, ...later] = sentences(cited.text);
      const printed = onPaper(cited);
      for (const limit of later.filter((x) => LIMITS.test(x))) {
        expect(printed).toContain(limit.replace(/[.!?]$/, ''));
      }
    },
  );

  it('prints the cost help with what it does not cover, and the prior approval', () => {
    const summary = summarize({ coverage: 'private', cx_liver: 'yes' });
    const cost = printedRow(summary.rows.find((r) => r.factor === 'cost') as SummaryRow);
    const spravato = cost.cells?.spravato.map((c) => c.text).join(' ') ?? '';
    const ketamine = cost.cells?.ketamine.map((c) => c.text).join(' ') ?? '';

    expect(spravato).toContain('It does not pay for the clinic visit');
    expect(spravato).toContain('They usually need to approve it first.');
    expect(spravato).toContain('Terms change.');
    expect(ketamine).toContain('Ask your insurer.');
  });
});
