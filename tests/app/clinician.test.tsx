import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { useAnswersStore } from '../../src/machine/store';
import { getQuestion } from '../../src/questions/catalog';
import { CLINICIAN_SWITCH } from '../../src/questions/content/clinician-switch-text';
import { CLINICIAN_TEXT } from '../../src/questions/content/clinician-text';
import { FIRST_SCREEN } from '../../src/questions/content/app-text';
import { PRINT_TEXT } from '../../src/questions/content/print-text';
import { CLINICIAN_LAYOUT_TEXT } from '../../src/questions/content/summary-layout-text';
import { QUESTION_UI } from '../../src/questions/content/ui-text';
import { FLAG_TEXT } from '../../src/questions/content/flag-text';
import {
  NO_FLAGS_TEXT,
  OPTION_LEVEL_LABELS,
  SUMMARY_TEXT,
} from '../../src/questions/content/summary-labels';
import type { Answers, QuestionId } from '../../src/questions/types';

const STORAGE_NAME = 'ksda-answers';

const initialState = useAnswersStore.getInitialState();

/** The app at this address, with these answers already in memory (as after a reload). */
function openApp(path: string, answers: Answers = {}) {
  window.history.replaceState(null, '', path);
  useAnswersStore.setState({ ...initialState, answers }, true);
  const user = userEvent.setup({ delay: null });
  render(<App />);
  return { user, store: useAnswersStore };
}

/** The answers column and the live summary column of the clinician view. */
async function columns() {
  await screen.findByRole('heading', { level: 1, name: CLINICIAN_TEXT.title }, { timeout: 10_000 });
  return {
    answers: screen.getByRole('region', { name: CLINICIAN_TEXT.answersHeading }),
    summary: screen.getByRole('region', { name: CLINICIAN_TEXT.summaryHeading }),
  };
}

function groupOf(container: HTMLElement, id: QuestionId): HTMLElement {
  const group = within(container).getByText(getQuestion(id).text).closest('fieldset');
  if (!group) throw new Error(`no group for ${id}`);
  return group;
}

afterEach(() => {
  window.history.replaceState(null, '', '/');
  useAnswersStore.setState(initialState, true);
});

describe('clinician mode', () => {
  it('shows every section as editable answers beside the live summary', async () => {
    openApp('/?mode=clinician');
    const { answers, summary } = await columns();

    for (const id of [
      'age_band',
      'phq9_1',
      'travel_minutes',
      'coverage',
      'v_evidence',
      'cx_meds',
    ] as const) {
      expect(within(answers).getByText(getQuestion(id).text)).toBeTruthy();
    }
    expect(within(summary).getByText(NO_FLAGS_TEXT.none)).toBeTruthy();
  });

  it('offers a switch between the answers and the summary, with the shown one pressed', async () => {
    const { user } = openApp('/?mode=clinician');
    await columns();
    const switches = screen.getByRole('group', { name: CLINICIAN_LAYOUT_TEXT.switchLabel });
    const pressed = () =>
      within(switches)
        .getAllByRole('button', { pressed: true })
        .map((b) => b.textContent);

    expect(pressed()).toEqual([CLINICIAN_LAYOUT_TEXT.answers]);
    await user.click(within(switches).getByRole('button', { name: CLINICIAN_LAYOUT_TEXT.summary }));
    expect(pressed()).toEqual([CLINICIAN_LAYOUT_TEXT.summary]);
    await user.click(within(switches).getByRole('button', { name: CLINICIAN_LAYOUT_TEXT.answers }));
    expect(pressed()).toEqual([CLINICIAN_LAYOUT_TEXT.answers]);
  });

  it('updates the summary as soon as the clinician changes an answer', async () => {
    const { user } = openApp('/?mode=clinician');
    const { answers, summary } = await columns();
    expect(within(summary).queryByText(FLAG_TEXT.cx_aneurysm.title)).toBeNull();

    await user.click(within(groupOf(answers, 'cx_aneurysm')).getByRole('radio', { name: 'Yes' }));

    expect(within(summary).getAllByText(FLAG_TEXT.cx_aneurysm.title).length).toBeGreaterThan(0);
    expect(within(summary).queryByText(NO_FLAGS_TEXT.none)).toBeNull();
  });

  it('gives each option its own level in a flag of the live summary', async () => {
    openApp('/?mode=clinician', { cx_aneurysm: 'yes' });
    const { summary } = await columns();
    const flag = summary.querySelector('.clinician-flags li');

    expect(flag?.textContent).toContain(
      `${PRINT_TEXT.flagFor.ketamine}: ${OPTION_LEVEL_LABELS.ketamine.label_contraindication}. ${PRINT_TEXT.flagFor.spravato}: ${OPTION_LEVEL_LABELS.spravato.label_contraindication}.`,
    );
  });

  it('turns saving off on entry, so edits stay out of storage', async () => {
    const { user, store } = openApp('/?mode=clinician');
    const { answers } = await columns();

    await user.click(within(groupOf(answers, 'needles')).getAllByRole('radio')[0]!);

    expect(store.getState().preferences.saving).toBe(false);
    expect(
      screen.getByRole('switch', { name: CLINICIAN_TEXT.saving }).getAttribute('aria-checked'),
    ).toBe('false');
    expect(localStorage.getItem(STORAGE_NAME) ?? '').not.toContain('needles');
  });

  it('clears every answer from memory and storage with "Next patient", after a confirm step', async () => {
    const saved: Answers = { age_band: '18to64', phq9_9: 1, safety_now: 'no', cx_avm: 'yes' };
    const { user, store } = openApp('/?mode=clinician', saved);
    const { answers, summary } = await columns();
    await user.click(screen.getByRole('switch', { name: CLINICIAN_TEXT.saving }));
    await user.click(within(groupOf(answers, 'cx_heart')).getByRole('radio', { name: 'Yes' }));
    expect(localStorage.getItem(STORAGE_NAME)).toContain('cx_heart');

    await user.click(screen.getByRole('button', { name: CLINICIAN_TEXT.nextPatient }));
    const confirm = screen.getByRole('group', { name: CLINICIAN_TEXT.confirmTitle });
    expect(store.getState().answers).not.toEqual({});
    await user.click(within(confirm).getByRole('button', { name: CLINICIAN_TEXT.confirmYes }));

    expect(store.getState().answers).toEqual({});
    expect(localStorage.getItem(STORAGE_NAME) ?? '').not.toMatch(/cx_|age_band|phq9|safety_now/);
    expect(summary.isConnected).toBe(false);
    const fresh = await columns();
    expect(within(fresh.summary).getByText(NO_FLAGS_TEXT.none)).toBeTruthy();
    expect(within(fresh.answers).queryAllByRole('radio', { checked: true })).toEqual([]);
    expect(screen.getByText(CLINICIAN_TEXT.cleared)).toBeTruthy();
  });

  it('"Next patient" leaves no trace on screen: every kind of field, open details, scroll and focus', async () => {
    const scrollTo = vi.fn();
    vi.stubGlobal('scrollTo', scrollTo);
    const { user } = openApp('/?mode=clinician', { age_band: '18to64' });
    const { answers, summary } = await columns();
    const travel = within(answers).getByRole('spinbutton', {
      name: new RegExp(getQuestion('travel_minutes').text.slice(0, 20)),
    });
    await user.type(travel, '35');
    await user.click(within(groupOf(answers, 'cx_heart')).getByRole('radio', { name: 'Yes' }));
    await user.click(
      within(groupOf(answers, 'cx_meds')).getAllByRole('checkbox')[0] as HTMLElement,
    );
    await user.click(within(answers).getAllByText(QUESTION_UI.whyWeAsk)[0] as HTMLElement);
    await user.click(within(summary).getAllByText(/Clinician details:/)[0] as HTMLElement);
    expect(document.querySelectorAll('details[open]').length).toBe(2);
    expect((travel as HTMLInputElement).value).toBe('35');

    await user.click(screen.getByRole('button', { name: CLINICIAN_TEXT.nextPatient }));
    await user.click(screen.getByRole('button', { name: CLINICIAN_TEXT.confirmYes }));

    const fresh = await columns();
    const inputs = [...fresh.answers.querySelectorAll('input')];
    expect(inputs.filter((i) => i.type === 'number').map((i) => i.value)).toEqual(
      inputs.filter((i) => i.type === 'number').map(() => ''),
    );
    expect(inputs.filter((i) => i.type === 'number').length).toBeGreaterThan(0);
    expect(
      inputs.filter((i) => (i.type === 'radio' || i.type === 'checkbox') && i.checked),
    ).toEqual([]);
    expect(document.querySelectorAll('details[open]').length).toBe(0);
    expect(document.activeElement).toBe(
      screen.getByRole('heading', { level: 1, name: CLINICIAN_TEXT.title }),
    );
    expect(scrollTo).toHaveBeenCalledWith(0, 0);
    vi.unstubAllGlobals();
  });

  it('keeps the answers when the confirm step is cancelled', async () => {
    const { user, store } = openApp('/?mode=clinician', { cx_avm: 'yes' });
    await columns();

    await user.click(screen.getByRole('button', { name: CLINICIAN_TEXT.nextPatient }));
    await user.click(screen.getByRole('button', { name: CLINICIAN_TEXT.confirmNo }));

    expect(store.getState().answers).toEqual({ cx_avm: 'yes' });
    expect(screen.queryByRole('group', { name: CLINICIAN_TEXT.confirmTitle })).toBeNull();
  });

  it('offers label citations, dosing and observation details under each row', async () => {
    const { user } = openApp('/?mode=clinician');
    const { summary } = await columns();
    const logistics = within(summary).getByRole('region', { name: SUMMARY_TEXT.scheduleHeading });
    expect(logistics).toBeTruthy();

    const details = within(summary).getByText(/Clinician details: Getting there/);
    await user.click(details);

    const block = details.closest('details');
    expect(block?.open).toBe(true);
    expect(block?.textContent).toContain('0.5 mg/kg');
    expect(block?.textContent).toContain('at least 2 hours');
    expect(block?.textContent).toMatch(/S4/);
  });

  it('is reached from the switch on the first screen, and left again', async () => {
    const { user } = openApp('/');
    await screen.findByRole('button', { name: FIRST_SCREEN.start });

    await user.click(screen.getByRole('switch', { name: CLINICIAN_SWITCH.switchLabel }));
    await columns();
    expect(window.location.search).toBe('?mode=clinician');

    await user.click(screen.getByRole('button', { name: CLINICIAN_TEXT.patientView }));
    expect(await screen.findByRole('button', { name: FIRST_SCREEN.start })).toBeTruthy();
    expect(window.location.search).toBe('');
  });
});
