import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it, vi } from 'vitest';
import { getQuestion } from '../../src/questions/catalog';
import { EVIDENCE } from '../../src/questions/content/evidence';
import { OPTION_LEVEL_LABELS, SUMMARY_TEXT } from '../../src/questions/content/summary-labels';
import type { Answers } from '../../src/questions/types';
import { SummaryScreen } from '../../src/results/components/SummaryScreen';

const ANA: Answers = {
  age_band: '18to64',
  phq9_9: 0,
  cx_aneurysm: 'yes',
  travel_minutes: 30,
  ride: 'always',
  leaning: 'unsure',
  v_no_needles: 3,
};

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

  it('shows the label contraindication flag first, in plain words, with what to do', () => {
    renderSummary(ANA);
    const flags = screen.getByRole('region', { name: SUMMARY_TEXT.flagsHeading });
    const items = within(flags).getAllByRole('heading', { level: 3 });
    expect(items[0]?.textContent).toMatch(/^\W*Aneurysm$/);
    expect(
      within(flags).getAllByText(OPTION_LEVEL_LABELS.spravato.label_contraindication),
    ).toHaveLength(1);
    expect(
      within(flags).getAllByText(OPTION_LEVEL_LABELS.ketamine.label_contraindication),
    ).toHaveLength(1);
    expect(within(flags).getByText(/must not be used if you have an aneurysm/)).toBeTruthy();
    expect(within(flags).getAllByText(/What to do/).length).toBeGreaterThan(0);
  });

  it('says in that flag what it means for each option, IV ketamine first, with sources', () => {
    renderSummary(ANA);
    const flags = screen.getByRole('region', { name: SUMMARY_TEXT.flagsHeading });
    const flag = within(flags).getAllByRole('listitem')[0];
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
  });

  it('puts the two options in A to Z order by name, and says so', () => {
    renderSummary(ANA);
    const table = screen.getByRole('table', { name: SUMMARY_TEXT.tableCaption });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers.slice(-2)).toEqual(['IV ketamine infusion', 'Spravato nasal spray']);
    expect(screen.getByText(/A to Z order by name/)).toBeTruthy();
    expect(within(table).getAllByRole('row')).toHaveLength(9);
  });

  it('shows each tone in words as well as by icon', () => {
    renderSummary(ANA);
    const table = screen.getByRole('table', { name: SUMMARY_TEXT.tableCaption });
    expect(within(table).getAllByText(/^Think about this:/).length).toBeGreaterThan(0);
    expect(within(table).getAllByText(/^Good to know:/).length).toBeGreaterThan(0);
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
    const schedule = screen.getByRole('region', { name: SUMMARY_TEXT.scheduleHeading });
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

  it('lists the sources it cites and the content version', () => {
    renderSummary(ANA);
    const refs = screen.getByRole('region', { name: SUMMARY_TEXT.referencesHeading });
    expect(within(refs).getByText(/Content version/)).toBeTruthy();
    expect(refs.querySelector('#ref-S2')).not.toBeNull();
  });

  it('has no axe violations, with and without crisis help', async () => {
    for (const answers of [ANA, { ...ANA, phq9_9: 1, safety_now: 'unsure' as const }]) {
      const { container, unmount } = renderSummary(answers);
      const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
      unmount();
    }
  }, 45_000); // two axe runs over the whole summary: about 10 s alone, more under load
});
