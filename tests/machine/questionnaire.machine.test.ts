import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import {
  questionnaireMachine,
  type QuestionnaireEvent,
  type QuestionnaireInput,
} from '../../src/machine/questionnaire.machine';
import type { Answers } from '../../src/questions/types';

function start(input: QuestionnaireInput = {}) {
  return createActor(questionnaireMachine, { input }).start();
}

function run(input: QuestionnaireInput, ...events: QuestionnaireEvent[]) {
  const actor = start(input);
  for (const event of events) actor.send(event);
  return actor.getSnapshot();
}

const next = { type: 'nav.next' } as const;
const back = { type: 'nav.back' } as const;
const adult: Answers = { age_band: '18to64' };

describe('starting and resuming', () => {
  it('starts on the first screen with no answers', () => {
    const snapshot = run({});
    expect(snapshot.value).toBe('intro');
    expect(snapshot.context.answers).toEqual({});
  });

  it('resumes on the saved step with the saved answers', () => {
    const snapshot = run({ answers: adult, step: 'cost', furthest: 'health' });
    expect(snapshot.value).toBe('cost');
    expect(snapshot.context.answers).toEqual(adult);
    expect(snapshot.context.furthest).toBe('health');
  });

  it('drops invalid saved answers instead of trusting them', () => {
    const answers = { age_band: '18to64', phq9_1: 9 } as unknown as Answers;
    expect(run({ answers }).context.answers).toEqual(adult);
  });

  it('resumes on the about step when the saved step is past a missing required answer', () => {
    expect(run({ answers: {}, step: 'values' }).value).toBe('about');
  });
});

describe('answer.set', () => {
  it('records a valid answer and clears it when the value is undefined', () => {
    const actor = start();
    actor.send({ type: 'answer.set', id: 'phq9_2', value: 3 });
    expect(actor.getSnapshot().context.answers).toEqual({ phq9_2: 3 });
    actor.send({ type: 'answer.set', id: 'phq9_2', value: undefined });
    expect(actor.getSnapshot().context.answers).toEqual({});
  });

  it('ignores a value that does not fit the question', () => {
    const snapshot = run(
      {},
      { type: 'answer.set', id: 'travel_minutes', value: 9999 },
      { type: 'answer.set', id: 'age_band', value: 'teen' },
    );
    expect(snapshot.context.answers).toEqual({});
  });
});

describe('nav.next and nav.back', () => {
  it('goes from the first screen to the about step', () => {
    expect(run({}, next).value).toBe('about');
  });

  it('blocks Next on the about step while the age is missing, and says so', () => {
    const snapshot = run({}, next, next);
    expect(snapshot.value).toBe('about');
    expect(snapshot.context.blocked).toBe(true);
  });

  it('clears the blocked mark once the person gets through', () => {
    const snapshot = run(
      {},
      next,
      next,
      { type: 'answer.set', id: 'age_band', value: '65plus' },
      next,
    );
    expect(snapshot.value).toBe('severity');
    expect(snapshot.context.blocked).toBe(false);
  });

  it('stops a person under 18 and lets them go back to change the age', () => {
    const actor = start();
    actor.send(next);
    actor.send({ type: 'answer.set', id: 'age_band', value: 'under18' });
    actor.send(next);
    expect(actor.getSnapshot().value).toBe('underage');
    actor.send(next);
    expect(actor.getSnapshot().value).toBe('underage');
    actor.send(back);
    expect(actor.getSnapshot().value).toBe('about');
  });

  it('goes to the safety step when item 9 is above 0, then on to the history', () => {
    const actor = start({ answers: adult, step: 'severity' });
    actor.send({ type: 'answer.set', id: 'phq9_9', value: 1 });
    actor.send(next);
    expect(actor.getSnapshot().value).toBe('safety');
    actor.send(next);
    expect(actor.getSnapshot().value).toBe('history');
    actor.send(back);
    expect(actor.getSnapshot().value).toBe('safety');
  });

  it('skips the safety step when item 9 is 0', () => {
    expect(run({ answers: { ...adult, phq9_9: 0 }, step: 'severity' }, next).value).toBe('history');
  });

  it('walks from the about step to the summary with only the age answered', () => {
    const snapshot = run({ answers: adult, step: 'about' }, ...Array(9).fill(next));
    expect(snapshot.value).toBe('summary');
    expect(snapshot.context.furthest).toBe('summary');
  });

  it('goes back one step at a time and keeps the furthest step reached', () => {
    const snapshot = run({ answers: adult, step: 'cost', furthest: 'cost' }, back, back);
    expect(snapshot.value).toBe('history');
    expect(snapshot.context.furthest).toBe('cost');
  });

  it('does nothing on Back from the first screen or Next from the summary', () => {
    expect(run({}, back).value).toBe('intro');
    expect(run({ answers: adult, step: 'summary' }, next).value).toBe('summary');
  });
});

describe('nav.goto', () => {
  it('jumps to a step already reached', () => {
    const snapshot = run(
      { answers: adult, step: 'values', furthest: 'values' },
      { type: 'nav.goto', step: 'history' },
    );
    expect(snapshot.value).toBe('history');
  });

  it('refuses a step not yet reached', () => {
    const snapshot = run(
      { answers: adult, step: 'history', furthest: 'history' },
      { type: 'nav.goto', step: 'summary' },
    );
    expect(snapshot.value).toBe('history');
  });

  it('refuses the safety step when item 9 is 0', () => {
    const snapshot = run(
      { answers: { ...adult, phq9_9: 0 }, step: 'cost', furthest: 'cost' },
      { type: 'nav.goto', step: 'safety' },
    );
    expect(snapshot.value).toBe('cost');
  });
});

describe('review.edit', () => {
  const atReview: QuestionnaireInput = { answers: adult, step: 'review', furthest: 'review' };

  it('opens a section from the review, and Next goes straight back to the review', () => {
    const actor = start(atReview);
    actor.send({ type: 'review.edit', step: 'logistics' });
    expect(actor.getSnapshot().value).toBe('logistics');
    actor.send(next);
    expect(actor.getSnapshot().value).toBe('review');
    expect(actor.getSnapshot().context.returnToReview).toBe(false);
  });

  it('shows the safety step first when the edit raised item 9 above 0', () => {
    const actor = start(atReview);
    actor.send({ type: 'review.edit', step: 'severity' });
    actor.send({ type: 'answer.set', id: 'phq9_9', value: 2 });
    actor.send(next);
    expect(actor.getSnapshot().value).toBe('safety');
    actor.send(next);
    expect(actor.getSnapshot().value).toBe('review');
  });

  it('walks on normally after Back from an edited section', () => {
    const actor = start(atReview);
    actor.send({ type: 'review.edit', step: 'cost' });
    actor.send(back);
    actor.send(next);
    expect(actor.getSnapshot().value).toBe('cost');
    actor.send(next);
    expect(actor.getSnapshot().value).toBe('options');
  });

  it('is refused outside the review and for steps that are not sections', () => {
    expect(
      run(
        { answers: adult, step: 'cost', furthest: 'review' },
        { type: 'review.edit', step: 'about' },
      ).value,
    ).toBe('cost');
    expect(run(atReview, { type: 'review.edit', step: 'summary' }).value).toBe('review');
  });
});

describe('session.reset', () => {
  it('clears every answer and returns to the first screen', () => {
    const snapshot = run(
      { answers: { ...adult, phq9_9: 2 }, step: 'summary' },
      { type: 'session.reset' },
    );
    expect(snapshot.value).toBe('intro');
    expect(snapshot.context.answers).toEqual({});
    expect(snapshot.context.furthest).toBe('intro');
  });
});

describe('snapshot.can', () => {
  it('keeps Next available on a blocked step (it explains why), but not on the summary', () => {
    expect(start({ answers: {}, step: 'about' }).getSnapshot().can(next)).toBe(true);
    expect(start({ answers: adult, step: 'summary' }).getSnapshot().can(next)).toBe(false);
    expect(
      start({ answers: adult, step: 'about' })
        .getSnapshot()
        .can({ type: 'nav.goto', step: 'review' }),
    ).toBe(false);
  });
});
