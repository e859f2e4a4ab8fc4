import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SECTIONS, getQuestion, getSection, questionsInSection } from '../../src/questions/catalog';
import { CRISIS_LINE, FIRST_SCREEN } from '../../src/questions/content/app-text';
import { GRID_TEXT } from '../../src/questions/content/option-grid';
import {
  CRISIS_BAR,
  NAV,
  QUESTION_UI,
  REVIEW,
  SAFETY,
  SAVING,
  UNDERAGE,
} from '../../src/questions/content/ui-text';
import type { Question, QuestionId, SectionId } from '../../src/questions/types';

const STORAGE_NAME = 'ksda-answers';

/** A fresh page load: new modules, so the store reads localStorage again, as after a reload. */
async function openApp() {
  vi.resetModules();
  const { App } = await import('../../src/app/App');
  const user = userEvent.setup({ delay: null });
  const view = render(<App />);
  return { user, view };
}

function saveBeforeLoad(state: object) {
  localStorage.setItem(STORAGE_NAME, JSON.stringify({ state, version: 1 }));
}

const heading = (name: string) => screen.getByRole('heading', { level: 1, name });
const title = (section: SectionId) => getSection(section).title;

/** The form control group (fieldset) of a question, found by its text as a person reads it. */
function groupOf(id: QuestionId): HTMLElement {
  const group = screen.getByText(getQuestion(id).text).closest('fieldset');
  if (!group) throw new Error(`no group for ${id}`);
  return group;
}

function optionLabel(q: Question, code: string): string {
  if (q.type === 'number') throw new Error('not a choice question');
  const option = q.options.find((o) => o.code === code);
  if (!option) throw new Error(`no option ${code} in ${q.id}`);
  return option.label;
}

async function choose(user: ReturnType<typeof userEvent.setup>, id: QuestionId, code: string) {
  const q = getQuestion(id);
  const role = q.type === 'multi' ? 'checkbox' : 'radio';
  await user.click(within(groupOf(id)).getByRole(role, { name: optionLabel(q, code) }));
}

async function next(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: NAV.next }));
}

/** The options side by side come before "What matters": wait for the grid, then go on. */
async function passOptions(user: ReturnType<typeof userEvent.setup>) {
  expect(await screen.findByRole('heading', { level: 1, name: GRID_TEXT.title })).toBeTruthy();
  expect(await screen.findByRole('table', { name: GRID_TEXT.tableCaption })).toBeTruthy();
  await next(user);
}

/** The code each question gets when an adult answers everything: the first option. */
function firstCode(q: Question): string {
  if (q.type === 'number') return '30';
  if (q.id === 'age_band') return '18to64';
  return q.options[0]!.code;
}

describe('the first screen', () => {
  it('keeps its title, lead, duration, Start button, privacy line and the crisis line', async () => {
    await openApp();
    expect(heading(FIRST_SCREEN.title)).toBeTruthy();
    expect(screen.getByText(FIRST_SCREEN.lead)).toBeTruthy();
    expect(screen.getByText(FIRST_SCREEN.duration)).toBeTruthy();
    expect(screen.getByRole('button', { name: FIRST_SCREEN.start })).toBeTruthy();
    expect(screen.getByText(FIRST_SCREEN.privacy)).toBeTruthy();
    expect(screen.getByRole('complementary', { name: 'Crisis help' }).textContent).toContain(
      CRISIS_LINE.short,
    );
  });
});

describe('a patient going through the questions', () => {
  it('answers every question and reaches the review, which lists each answer by section', async () => {
    const { user } = await openApp();
    await user.click(screen.getByRole('button', { name: FIRST_SCREEN.start }));
    const sections = SECTIONS.map((s) => s.id).filter((s) => s !== 'safety');
    for (const section of sections) {
      if (section === 'values') await passOptions(user);
      expect(heading(title(section))).toBeTruthy();
      for (const q of questionsInSection(section)) {
        if (q.type === 'number') {
          await user.type(
            screen.getByRole('spinbutton', { name: new RegExp(q.text.slice(0, 30)) }),
            '30',
          );
        } else {
          await choose(user, q.id, firstCode(q));
        }
      }
      await next(user);
    }
    expect(heading(REVIEW.title)).toBeTruthy();
    for (const section of sections) {
      const region = screen.getByRole('region', { name: title(section) });
      for (const q of questionsInSection(section)) {
        const shown = q.type === 'number' ? `30 ${q.unit}` : optionLabel(q, firstCode(q));
        expect(within(region).getAllByText(shown).length).toBeGreaterThan(0);
      }
    }
    expect(screen.queryByText(REVIEW.notAnswered)).toBeNull();
  }, 60_000);

  it('moves focus to the new screen heading on each step', async () => {
    const { user } = await openApp();
    await user.click(screen.getByRole('button', { name: FIRST_SCREEN.start }));
    expect(document.activeElement).toBe(heading(title('about')));
    await choose(user, 'age_band', '18to64');
    await next(user);
    expect(document.activeElement).toBe(heading(title('severity')));
    await user.click(screen.getByRole('button', { name: NAV.back }));
    await user.click(screen.getByRole('button', { name: NAV.back }));
    expect(document.activeElement).toBe(heading(FIRST_SCREEN.title));
  });

  it('explains why the age is needed when Next is pressed without it, and stays', async () => {
    const { user } = await openApp();
    await user.click(screen.getByRole('button', { name: FIRST_SCREEN.start }));
    await next(user);
    expect(screen.getByRole('alert').textContent).toBe(QUESTION_UI.blocked);
    expect(screen.getByText(getQuestion('age_band').requiredReason!)).toBeTruthy();
    expect(heading(title('about'))).toBeTruthy();
  });

  it('lets optional questions be skipped', async () => {
    const { user } = await openApp();
    await user.click(screen.getByRole('button', { name: FIRST_SCREEN.start }));
    await choose(user, 'age_band', '65plus');
    await next(user);
    await next(user);
    expect(heading(title('history'))).toBeTruthy();
  });

  it('stops a person under 18 kindly and lets them change the age answer', async () => {
    const { user } = await openApp();
    await user.click(screen.getByRole('button', { name: FIRST_SCREEN.start }));
    await choose(user, 'age_band', 'under18');
    await next(user);
    expect(heading(UNDERAGE.title)).toBeTruthy();
    expect(screen.getByText(UNDERAGE.body[1])).toBeTruthy();
    await user.click(screen.getByRole('button', { name: UNDERAGE.changeAge }));
    expect(heading(title('about'))).toBeTruthy();
  });
});

describe('changing an answer from the review', () => {
  it('opens the section, and Next brings the person back to the review with the new answer', async () => {
    saveBeforeLoad({
      answers: { age_band: '18to64', coverage: 'private' },
      step: 'review',
      furthest: 'review',
    });
    const { user } = await openApp();
    expect(heading(REVIEW.title)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: REVIEW.changeSection(title('cost')) }));
    expect(heading(title('cost'))).toBeTruthy();
    await choose(user, 'coverage', 'medicaid');
    await next(user);
    expect(heading(REVIEW.title)).toBeTruthy();
    const cost = screen.getByRole('region', { name: title('cost') });
    expect(within(cost).getByText(optionLabel(getQuestion('coverage'), 'medicaid'))).toBeTruthy();
  });
});

describe('thoughts of death or self-harm (PHQ-9 item 9 above 0)', () => {
  it('shows the safety step, then keeps the crisis bar on every later screen', async () => {
    saveBeforeLoad({ answers: { age_band: '18to64' }, step: 'severity', furthest: 'severity' });
    const { user } = await openApp();
    expect(screen.queryByRole('region', { name: CRISIS_BAR.title })).toBeNull();
    await choose(user, 'phq9_9', '1');
    await next(user);

    expect(heading(title('safety'))).toBeTruthy();
    const help = screen.getByRole('region', { name: SAFETY.resourcesTitle });
    expect(within(help).getByText(SAFETY.resources[0])).toBeTruthy();
    expect(within(help).getByRole('link', { name: SAFETY.call911 }).getAttribute('href')).toBe(
      'tel:911',
    );
    await choose(user, 'safety_now', 'unsure');
    await next(user);

    for (const section of ['history', 'logistics', 'cost', 'values', 'health'] as const) {
      if (section === 'values') {
        expect(screen.getByRole('region', { name: CRISIS_BAR.title })).toBeTruthy();
        await passOptions(user);
      }
      expect(heading(title(section))).toBeTruthy();
      expect(screen.getByRole('region', { name: CRISIS_BAR.title })).toBeTruthy();
      await next(user);
    }
    expect(heading(REVIEW.title)).toBeTruthy();
    expect(screen.getByRole('region', { name: CRISIS_BAR.title })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: NAV.toSummary }));
    expect(await screen.findByRole('button', { name: NAV.backToAnswers })).toBeTruthy();
    expect(screen.getByRole('region', { name: CRISIS_BAR.title })).toBeTruthy();
  });

  it('lets the person go on without the crisis bar after answering no', async () => {
    saveBeforeLoad({
      answers: { age_band: '18to64', phq9_9: 2 },
      step: 'safety',
      furthest: 'safety',
    });
    const { user } = await openApp();
    await choose(user, 'safety_now', 'no');
    await next(user);
    expect(heading(title('history'))).toBeTruthy();
    expect(screen.queryByRole('region', { name: CRISIS_BAR.title })).toBeNull();
  });
});

describe('saving on this device', () => {
  it('resumes on the same step with the same answers after a reload', async () => {
    const first = await openApp();
    await first.user.click(screen.getByRole('button', { name: FIRST_SCREEN.start }));
    await choose(first.user, 'age_band', '65plus');
    await next(first.user);
    await choose(first.user, 'phq9_1', '2');
    first.view.unmount();

    await openApp();
    expect(heading(title('severity'))).toBeTruthy();
    const item1 = within(groupOf('phq9_1')).getByRole('radio', { name: 'More than half the days' });
    expect((item1 as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText(SAVING.saved)).toBeTruthy();
  });

  it('leaves localStorage empty once saving is turned off, and keeps it empty', async () => {
    const { user } = await openApp();
    await user.click(screen.getByRole('button', { name: FIRST_SCREEN.start }));
    await choose(user, 'age_band', '18to64');
    expect(localStorage.length).toBe(1);
    await user.click(screen.getByRole('switch', { name: SAVING.switchLabel }));
    expect(localStorage.length).toBe(0);
    await choose(user, 'has_depression_dx', 'yes');
    await next(user);
    expect(localStorage.length).toBe(0);
    expect(screen.getByText(SAVING.notSaved)).toBeTruthy();
  });

  it('clears all answers only after the person confirms', async () => {
    saveBeforeLoad({
      answers: { age_band: '18to64', ride: 'never' },
      step: 'logistics',
      furthest: 'logistics',
    });
    const { user } = await openApp();
    await user.click(screen.getByRole('button', { name: SAVING.clear }));
    await user.click(screen.getByRole('button', { name: SAVING.confirmNo }));
    expect(heading(title('logistics'))).toBeTruthy();

    await user.click(screen.getByRole('button', { name: SAVING.clear }));
    await user.click(screen.getByRole('button', { name: SAVING.confirmYes }));
    expect(heading(FIRST_SCREEN.title)).toBeTruthy();
    expect(localStorage.getItem(STORAGE_NAME)).toBeNull();
    expect(screen.getByText(SAVING.cleared)).toBeTruthy();
  });

  it('tells the person in one sentence which saved answers could not be read', async () => {
    saveBeforeLoad({
      answers: { age_band: '18to64', travel_minutes: 5000, phq9_2: 'often' },
      step: 'about',
    });
    await openApp();
    expect(
      screen.getByText(
        'Some saved answers could not be read and were left out: travel time and question 2 of the PHQ-9.',
      ),
    ).toBeTruthy();
    expect(heading(title('about'))).toBeTruthy();
  });
});

describe('form controls', () => {
  it('refuses an out-of-range number with a message and keeps the last good answer', async () => {
    saveBeforeLoad({ answers: { age_band: '18to64', travel_minutes: 40 }, step: 'logistics' });
    const { user } = await openApp();
    const box = screen.getByRole('spinbutton', { name: /minutes/ });
    await user.clear(box);
    await user.type(box, '900');
    const q = getQuestion('travel_minutes');
    if (q.type !== 'number') throw new Error('travel_minutes is a number question');
    expect(screen.getByRole('alert').textContent).toBe(
      QUESTION_UI.numberOutOfRange(q.min, q.max, q.unit),
    );
    await next(user);
    await user.click(screen.getByRole('button', { name: NAV.back }));
    expect((screen.getByRole('spinbutton', { name: /minutes/ }) as HTMLInputElement).value).toBe(
      '40',
    );
  });

  it('clears the other medicines when "None of these" is ticked, and the reverse', async () => {
    saveBeforeLoad({ answers: { age_band: '18to64' }, step: 'health' });
    const { user } = await openApp();
    const meds = () => within(groupOf('cx_meds'));
    await choose(user, 'cx_meds', 'opioid');
    await choose(user, 'cx_meds', 'stimulant');
    await choose(user, 'cx_meds', 'none');
    const checked = meds()
      .getAllByRole('checkbox')
      .filter((c) => (c as HTMLInputElement).checked)
      .map((c) => c.getAttribute('value'));
    expect(checked).toEqual(['none']);
    await choose(user, 'cx_meds', 'maoi');
    expect(
      (meds().getByRole('checkbox', { name: /None of these/ }) as HTMLInputElement).checked,
    ).toBe(false);
  });

  it('shows "Why we ask" only when asked', async () => {
    saveBeforeLoad({ answers: { age_band: '18to64' }, step: 'cost' });
    const { user } = await openApp();
    const toggle = within(groupOf('coverage')).getByText(QUESTION_UI.whyWeAsk);
    const details = toggle.closest('details')!;
    expect(details.open).toBe(false);
    await user.click(toggle);
    expect(details.open).toBe(true);
    expect(within(details).getByText(getQuestion('coverage').why)).toBeTruthy();
  });
});
