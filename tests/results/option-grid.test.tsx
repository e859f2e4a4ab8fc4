import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { EVIDENCE } from '../../src/questions/content/evidence';
import { getGlossaryEntry } from '../../src/questions/content/glossary';
import {
  GRID_CELLS,
  GRID_EVIDENCE,
  GRID_GLOSSARY_TERMS,
  GRID_ROWS,
  GRID_TEXT,
  type GridRow,
} from '../../src/questions/content/option-grid';
import { getOptionFacts, optionsInDisplayOrder } from '../../src/questions/content/options';
import { getReference } from '../questions/reference-lookup';
import type { OptionId } from '../../src/questions/types';
import { OptionGrid } from '../../src/results/components/grid/OptionGrid';

const OPTIONS = optionsInDisplayOrder();

function renderGrid() {
  const user = userEvent.setup({ delay: null });
  const view = render(<OptionGrid />);
  const table = screen.getByRole('table', { name: GRID_TEXT.tableCaption });
  return { user, view, table };
}

/** The row of one question: its header cell and one answer cell per option, in column order. */
function rowOf(table: HTMLElement, row: GridRow) {
  const header = within(table).getByRole('rowheader', { name: row.question });
  const tr = header.closest('tr');
  if (!tr) throw new Error(`no row for ${row.key}`);
  return { tr, cells: within(tr).getAllByRole('cell') };
}

/** The full facts a row's "More" opens for one option (the fields of options.ts, or study details). */
function fullFacts(option: OptionId, row: GridRow): string[] {
  if (row.more === 'evidence') {
    return EVIDENCE.filter((e) => GRID_EVIDENCE[option].includes(e.id)).map((e) => e.population);
  }
  const facts = getOptionFacts(option);
  return row.more.flatMap((field) => facts.fields[field].map((f) => f.text));
}

describe('the options side by side', () => {
  it('puts the two options in columns in A to Z order by name, and says so', () => {
    const { table } = renderGrid();
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual([
      GRID_TEXT.questionColumn,
      'IV ketamine infusion',
      'Spravato nasal spray',
    ]);
    expect(screen.getByText(/A to Z order by name/)).toBeTruthy();
  });

  it.each(GRID_ROWS.map((r) => [r.question, r] as const))(
    'answers "%s" for both options, each answer with its sources',
    (_question, row) => {
      const { table } = renderGrid();
      const { cells } = rowOf(table, row);
      expect(cells).toHaveLength(OPTIONS.length);
      OPTIONS.forEach((option, i) => {
        const cell = cells[i]!;
        const short = GRID_CELLS[option.id][row.key];
        expect(cell.textContent).toContain(option.name);
        expect(cell.textContent).toContain(short.text);
        const links = within(cell.querySelector('.grid-short') as HTMLElement)
          .getAllByRole('link')
          .filter((a) => a.getAttribute('href')?.startsWith('#grid-ref-'));
        expect(links.map((a) => a.textContent)).toEqual(short.sources);
        for (const id of short.sources) {
          expect(document.getElementById(`grid-ref-${id}`), id).not.toBeNull();
        }
      });
    },
  );

  it('lists every source it cites once, in the register, by its full reference', () => {
    renderGrid();
    const cited = new Set(
      [...document.querySelectorAll('a[href^="#grid-ref-"]')].map((a) =>
        a.getAttribute('href')!.replace('#grid-ref-', ''),
      ),
    );
    const listed = [...document.querySelectorAll('li[id^="grid-ref-"]')].map((li) =>
      li.id.replace('grid-ref-', ''),
    );
    expect(new Set(listed)).toEqual(cited);
    expect(listed.filter((id, i) => listed.indexOf(id) !== i)).toEqual([]);
    for (const id of listed) expect(getReference(id), id).toBeDefined();
  });

  it('opens the full cited text of a cell with the keyboard, and closes it again', async () => {
    const { user, table } = renderGrid();
    const row = GRID_ROWS.find((r) => r.key === 'seriousRisks')!;
    const { cells } = rowOf(table, row);
    const more = within(cells[1]!).getByRole('button', { name: new RegExp(`^${GRID_TEXT.more}`) });
    const panel = document.getElementById(more.getAttribute('aria-controls')!)!;
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(panel.hidden).toBe(true);

    more.focus();
    await user.keyboard('{Enter}');
    expect(more.getAttribute('aria-expanded')).toBe('true');
    expect(panel.hidden).toBe(false);
    for (const text of fullFacts('spravato', row)) expect(panel.textContent).toContain(text);
    expect(within(panel).getAllByRole('link').length).toBeGreaterThan(0);

    await user.keyboard(' ');
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(panel.hidden).toBe(true);
  });

  it.each(GRID_ROWS.map((r) => [r.key, r] as const))(
    'keeps the full facts of the %s row under "More" for both options',
    (_key, row) => {
      const { table } = renderGrid();
      const { cells } = rowOf(table, row);
      OPTIONS.forEach((option, i) => {
        const more = within(cells[i]!).getByRole('button', { name: /^More/ });
        const panel = document.getElementById(more.getAttribute('aria-controls')!)!;
        for (const text of fullFacts(option.id, row)) expect(panel.textContent).toContain(text);
      });
    },
  );

  it.each(GRID_GLOSSARY_TERMS.map((t) => [t] as const))(
    'explains "%s" where it appears, by keyboard, from the glossary',
    async (term) => {
      const { user } = renderGrid();
      const entry = getGlossaryEntry(term)!;
      const [button] = screen.getAllByRole('button', { name: new RegExp(`^${term}s?$`, 'i') });
      expect(button, term).toBeDefined();
      const definition = document.getElementById(button!.getAttribute('aria-controls')!)!;
      expect(definition.hidden).toBe(true);
      button!.focus();
      await user.keyboard('{Enter}');
      expect(button!.getAttribute('aria-expanded')).toBe('true');
      expect(definition.hidden).toBe(false);
      expect(definition.textContent).toContain(entry.definition);
    },
  );

  it('gives both options the same layout: cells, "More" buttons, sources and evidence pictures', () => {
    const { table } = renderGrid();
    const perOption = OPTIONS.map((_, i) => {
      const cells = GRID_ROWS.map((row) => rowOf(table, row).cells[i]!);
      return {
        cells: cells.length,
        filled: cells.filter((c) => (c.querySelector('.grid-short')?.textContent ?? '').trim())
          .length,
        more: cells.filter((c) => within(c).queryByRole('button', { name: /^More/ })).length,
        sources: cells.filter((c) => c.querySelector('.grid-short .sources')).length,
        pictures: cells.flatMap((c) => [...c.querySelectorAll('svg.icon-array')]).length,
      };
    });
    expect(perOption[0]).toEqual(perOption[1]);
    expect(perOption[0]).toEqual({
      cells: GRID_ROWS.length,
      filled: GRID_ROWS.length,
      more: GRID_ROWS.length,
      sources: GRID_ROWS.length,
      pictures: 2 * GRID_EVIDENCE.ketamine.length,
    });
  });

  it('says above the study results that no trial has compared the two head to head', () => {
    const { table } = renderGrid();
    const evidence = rowOf(
      table,
      GRID_ROWS.find((r) => r.more === 'evidence')!,
    ).tr;
    const note = evidence.previousElementSibling;
    expect(note?.textContent).toMatch(/No large study has compared the two options head to head/);
    expect(within(note as HTMLElement).getAllByRole('link').length).toBeGreaterThan(0);
  });

  it('lists the other options below the grid', () => {
    renderGrid();
    const other = screen.getByRole('region', { name: GRID_TEXT.otherOptionsHeading });
    expect(within(other).getAllByRole('listitem').length).toBeGreaterThanOrEqual(5);
    expect(table().compareDocumentPosition(other) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('has no axe violations', async () => {
    const { view } = renderGrid();
    const result = await axe.run(view.container, { rules: { region: { enabled: false } } });
    expect(result.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
});

function table() {
  return screen.getByRole('table', { name: GRID_TEXT.tableCaption });
}
