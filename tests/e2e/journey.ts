/**
 * Walks the built app through a whole journey for the browser tests: first screen, every
 * section (the safety step too), review and summary. Answers are set through the real form
 * controls (`name="q-<question id>"`, the contract of src/questions/components), and each move
 * waits until the next screen's heading has focus. `resumeOnSummary` skips the walk: it saves the
 * answers as the app does and reloads on the summary.
 */
import type { Page } from 'playwright-core';
import { STORAGE_NAME, STORAGE_VERSION } from '../../src/machine/store';
import { QUESTIONS } from '../../src/questions/catalog';
import { FIRST_SCREEN } from '../../src/questions/content/app-text';
import { NAV } from '../../src/questions/content/ui-text';
import type { AnswerValue, Answers } from '../../src/questions/types';
import {
  isSectionStep,
  nextStep,
  visibleQuestions,
  type FlowStep,
} from '../../src/questions/visibility';

/** An adult who answers everything, with thoughts of death on some days (so the safety step shows). */
export const FULL_JOURNEY: Answers = Object.fromEntries(
  QUESTIONS.filter((q) => !q.askedOnSummary).map((q): [string, AnswerValue] => {
    if (q.id === 'age_band') return [q.id, '18to64'];
    if (q.id === 'phq9_9') return [q.id, 1];
    if (q.id === 'safety_now') return [q.id, 'no'];
    if (q.type === 'number') return [q.id, Math.min(q.max, Math.max(q.min, 45))];
    if (q.type === 'scale0to3') return [q.id, 1];
    if (q.type === 'importance') return [q.id, 2];
    const first = q.options.find((o) => !o.exclusive) ?? q.options[0];
    if (q.type === 'multi') return [q.id, [first?.code ?? '']];
    return [q.id, first?.code ?? ''];
  }),
) as Answers;

/** The steps of a journey with these answers, from the first screen to the summary. */
export function journeySteps(answers: Answers): FlowStep[] {
  const steps: FlowStep[] = ['intro'];
  let step: FlowStep | null = 'intro';
  while ((step = nextStep(step, answers)) !== null) steps.push(step);
  return steps;
}

/** Sets the answers of one section screen through its form controls. */
export async function answerStep(page: Page, step: FlowStep, answers: Answers): Promise<void> {
  if (!isSectionStep(step)) return;
  for (const q of visibleQuestions(step, answers)) {
    const value = answers[q.id];
    if (value === undefined) continue;
    if (q.type === 'number') {
      await page.locator(`#q-${q.id}`).fill(String(value));
    } else if (Array.isArray(value)) {
      for (const code of value) {
        await page.locator(`input[name="q-${q.id}"][value="${code}"]`).check();
      }
    } else {
      await page.locator(`input[name="q-${q.id}"][value="${String(value)}"]`).check();
    }
  }
}

/** Clicks `name` and waits until a new h1 has focus (the app moves focus to each screen's h1). */
export async function goOn(page: Page, name: string): Promise<void> {
  const before = await page.locator('main h1').first().textContent();
  await page.getByRole('button', { name, exact: true }).click();
  await page.waitForFunction(
    (previous) => {
      const active = document.activeElement;
      return active?.tagName === 'H1' && active.textContent !== previous;
    },
    before,
    { timeout: 10_000 },
  );
}

/**
 * From the first screen (already open) to the summary. `onScreen(step)` runs on every screen,
 * after its answers are set. Returns the steps visited.
 */
export async function walkJourney(
  page: Page,
  answers: Answers,
  onScreen: (step: FlowStep) => Promise<void>,
): Promise<FlowStep[]> {
  const steps = journeySteps(answers);
  for (const [i, step] of steps.entries()) {
    await answerStep(page, step, answers);
    await onScreen(step);
    const next = steps[i + 1];
    if (!next) break;
    if (step === 'intro') await goOn(page, FIRST_SCREEN.start);
    else if (step === 'review') await goOn(page, NAV.toSummary);
    else await goOn(page, NAV.next);
  }
  return steps;
}

/**
 * Saves these answers on the open page as the app saves them, with the summary as the step to
 * resume on, and reloads: the app then resumes on the summary. Wait for what you need after it.
 */
export async function resumeOnSummary(page: Page, answers: Answers): Promise<void> {
  const saved = {
    state: {
      answers,
      step: 'summary',
      furthest: 'summary',
      preferences: { saving: true, largeText: false },
    },
    version: STORAGE_VERSION,
  };
  await page.evaluate(([name, value]) => localStorage.setItem(name, value), [
    STORAGE_NAME,
    JSON.stringify(saved),
  ] as const);
  await page.reload();
}
