import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it, vi } from 'vitest';
import { getQuestion } from '../../src/questions/catalog';
import { EVIDENCE } from '../../src/questions/content/evidence';
import { PRINT_TEXT } from '../../src/questions/content/print-text';
import { GLANCE_TEXT } from '../../src/questions/content/summary-layout-text';
import { FLAG_TEXT } from '../../src/questions/content/flag-text';
import {
  OPTION_LEVEL_LABELS,
  ROW_HEADINGS,
  SUMMARY_TEXT,
} from '../../src/questions/content/summary-labels';
import type { Answers } from '../../src/questions/types';
import { SummaryScreen } from '../../src/results/components/SummaryScreen';
import { summarize } from '../../src/results/summarize';

const ANA: Answers = {
  age_band: '18to64',
  phq9_9: 0,
  cx_aneurysm: 'yes',
  travel_minutes: 30,
  ride: 'always',
  leaning: 'unsure',
  v_no_needles: 3,
};

/** The closed or open part whose heading has this name. */
function part(name: string): HTMLDetailsElement {
  const details = screen.getByRole('heading', { name }).closest('details');
  if (!details) throw new Error(`no part named ${name}`);
  return details;
}

function renderSummary(answers: Answers) {
  const onAnswer = vi.fn();
  const view = render(<SummaryScreen answers={answers} onAnswer={onAnswer} />);
  return { ...view, onAnswer };
}

describe('the summary screen', () => {
  it('says under its heading that it does not recommend either option', () => {
    renderSummary(ANA);
    expect(screen.getByRole('heading', { level: 1, name: SUMMARY_TEXT.title })).toBeTruthy();
    expect(screen.getByText(SUMMARY_TEXT.notAdvice)).toBeTruthy();
  });

  it('shows the flags first, each condition first, then what it means for each option in A to Z order', () => {
    renderSummary(ANA);
    const flags = screen.getByRole('table', { name: SUMMARY_TEXT.flagsHeading });
    const headers = within(flags)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual([PRINT_TEXT.condition, 'IV ketamine', 'Spravato']);
    const first = within(flags).getAllByRole('row')[1];
    const cells = first ? [...first.children].map((c) => c.textContent) : [];
    // Each option's own label: for ketamine, its label as an anesthetic.
    expect(cells).toEqual([
      `${FLAG_TEXT.cx_aneurysm.title} (${SUMMARY_TEXT.youAnswered}: Yes)`,
      PRINT_TEXT.ketamineLabelLevel,
      PRINT_TEXT.flagLevels.label_contraindication,
    ]);
  });

  it('says in the Health part what each flag means for each option, IV ketamine first, with sources', () => {
    renderSummary(ANA);
    const health = part(ROW_HEADINGS.health);
    const flag = health.querySelector('.flag-list > li');
    const points = flag ? [...flag.querySelectorAll('ul > li')].map((li) => li.textContent) : [];

    expect(points).toHaveLength(2);
    expect(points[0]).toMatch(
      /^IV ketamine infusion \(Its label as an anesthetic says not to use it\): No label covers ketamine for depression/,
    );
    expect(points[0]).toMatch(/\(Sources: S33, S125, S126, S49\)$/);
    expect(points[1]).toMatch(
      /^Spravato nasal spray \(The Spravato label says not to use it\): The Spravato label says/,
    );
    expect(points[1]).toMatch(/\(Sources: S2, S3\)$/);
    expect(
      within(health).getAllByText(OPTION_LEVEL_LABELS.spravato.label_contraindication),
    ).toHaveLength(1);
    expect(
      within(health).getAllByText(OPTION_LEVEL_LABELS.ketamine.label_contraindication),
    ).toHaveLength(1);
    expect(within(health).getByText(/must not be used if you have an aneurysm/)).toBeTruthy();
    expect(within(health).getAllByText(/What to do/).length).toBeGreaterThan(0);
  });

  it('shows what matters most to the person with the facts of both options', () => {
    renderSummary(ANA);
    const top = screen.getByRole('region', { name: GLANCE_TEXT.topPrioritiesHeading });
    expect(within(top).getByRole('heading', { level: 3 }).textContent).toBe('No needles');
    const facts = [...top.querySelectorAll('.top-priority-facts li')].map((li) => li.textContent);
    expect(facts).toEqual([
      expect.stringMatching(/^IV ketamine infusion: Given through a needle into a vein/),
      expect.stringMatching(/^Spravato nasal spray: A nose spray/),
    ]);
  });

  it('shows the visits, clinic hours and travel of the first 8 weeks for both options first', () => {
    renderSummary(ANA);
    const weeks = screen.getByRole('region', { name: SUMMARY_TEXT.scheduleHeading });
    const rows = within(weeks)
      .getAllByRole('rowheader')
      .map((h) => h.textContent);
    expect(rows).toEqual([SUMMARY_TEXT.visits, PRINT_TEXT.clinicHours, PRINT_TEXT.travelHours]);
    expect(
      within(weeks)
        .getAllByRole('columnheader')
        .slice(1)
        .map((h) => h.textContent),
    ).toEqual(['IV ketamine infusion', 'Spravato nasal spray']);
  });

  it('gives each topic row its own closed part, with both options in A to Z order', () => {
    const { container } = renderSummary(ANA);
    const summary = summarize(ANA);
    for (const row of summary.rows) {
      const details = part(row.heading);
      expect(details.open).toBe(false);
      const table = within(details).getByRole('table', { name: row.heading });
      expect(
        within(table)
          .getAllByRole('columnheader')
          .map((h) => h.textContent),
      ).toEqual(['IV ketamine infusion', 'Spravato nasal spray']);
    }
    expect(screen.getByText(/A to Z order by name/)).toBeTruthy();
    expect(container.querySelectorAll('details[open]')).toHaveLength(0);
  });

  it('opens one part on a click and leaves the others closed', async () => {
    const { container } = renderSummary(ANA);
    await userEvent.click(screen.getByRole('heading', { name: ROW_HEADINGS.cost }));

    expect(part(ROW_HEADINGS.cost).open).toBe(true);
    expect(container.querySelectorAll('details[open]')).toHaveLength(1);
  });

  it('shows each tone in words as well as by icon', () => {
    const { container } = renderSummary(ANA);
    const details = container.querySelector<HTMLElement>('.summary-details');
    if (!details) throw new Error('no parts');
    const parts = within(details);
    expect(parts.getAllByText(/^Think about this:/).length).toBeGreaterThan(0);
    expect(parts.getAllByText(/^Good to know:/).length).toBeGreaterThan(0);
  });

  it('gives every icon array a text equivalent naming the study', () => {
    renderSummary(ANA);
    for (const e of EVIDENCE) {
      expect(screen.getAllByRole('heading', { name: e.study }).length).toBeGreaterThan(0);
    }
    expect(
      screen.getByText(
        'In this study, 69 out of 100 people who had Spravato nasal spray had this result. In the comparison group, it was 52 out of 100.',
      ),
    ).toBeTruthy();
    expect(screen.getByText(/These results come from different studies/)).toBeTruthy();
    expect(screen.getByText(/No large study has compared the two options/)).toBeTruthy();
  });

  it('shows the 8 weeks of each option as text a screen reader can read', () => {
    renderSummary(ANA);
    const schedule = part(GLANCE_TEXT.scheduleDetailsHeading);
    expect(within(schedule).getByText('Week 1: 2 visits')).toBeTruthy();
    expect(within(schedule).getByText('Week 1: 2 to 3 visits')).toBeTruthy();
    expect(
      within(schedule).getByText('Week 8: no set number of visits, it varies by clinic'),
    ).toBeTruthy();
  });

  it('records where the person leans after the summary', async () => {
    const { onAnswer } = renderSummary(ANA);
    const group = screen.getByRole('group', { name: getQuestion('leaning_after').text });
    await userEvent.click(within(group).getByRole('radio', { name: 'Not sure yet' }));
    expect(onAnswer).toHaveBeenCalledWith('leaning_after', 'unsure');
    expect(screen.getByText(SUMMARY_TEXT.leaningBefore).textContent).toMatch(/Not sure yet/);
  });

  it('puts crisis help first when PHQ-9 item 9 is above 0, urgent when thoughts are present now', () => {
    const { container } = renderSummary({ ...ANA, phq9_9: 2, safety_now: 'yes' });
    const crisis = screen.getByRole('region', { name: 'Your safety comes first' });
    expect(crisis.className).toMatch(/is-urgent/);
    expect(within(crisis).getByRole('link', { name: 'Call 988' }).getAttribute('href')).toBe(
      'tel:988',
    );
    expect(within(crisis).getByRole('link', { name: 'Call 911' })).toBeTruthy();
    const regions = container.querySelectorAll('.summary > section');
    expect(regions[0]).toBe(crisis);
  });

  it('shows no crisis box when item 9 is 0', () => {
    renderSummary(ANA);
    expect(screen.queryByRole('region', { name: 'Your safety comes first' })).toBeNull();
  });

  it('lists under each part the sources it cites, and links each citation to its own list', () => {
    renderSummary(ANA);
    const health = part(ROW_HEADINGS.health);
    const link = within(health).getAllByRole('link', { name: 'S2' })[0];
    const target = link?.getAttribute('href')?.slice(1) ?? '';

    expect(target).toBe('row-health-ref-S2');
    expect(health.querySelector(`[id="${target}"]`)?.textContent).toMatch(/^S2 /);
    expect(screen.getByText(/Content version/)).toBeTruthy();
    const cost = part(ROW_HEADINGS.cost);
    expect(cost.querySelector('[id^="row-health-ref-"]')).toBeNull();
  });

  it('has no axe violations, with and without crisis help, parts closed and open', async () => {
    for (const [answers, open] of [
      [ANA, false],
      [{ ...ANA, phq9_9: 1, safety_now: 'unsure' as const }, true],
    ] as const) {
      const { container, unmount } = renderSummary(answers);
      container.querySelectorAll('details').forEach((d) => (d.open = open));
      const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
      unmount();
    }
  }, 45_000); // two axe runs over the whole summary: about 10 s alone, more under load
});
