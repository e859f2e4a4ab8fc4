/**
 * The flow's rules one by one: each kind of enable-when rule, the order of steps, jumps, resuming
 * and which answers are kept. (visibility.test.ts walks the flow as a person would.)
 */
import { describe, expect, it } from 'vitest';
import { QUESTIONS, getQuestion } from '../../src/questions/catalog';
import type { Answers, EnableWhen, Question } from '../../src/questions/types';
import {
  ALL_STEPS,
  SECTION_ORDER,
  STEP_ORDER,
  canLeave,
  furthestOf,
  hasSafetyConcern,
  isEnabled,
  isReachable,
  isSectionStep,
  isStepActive,
  isValidAnswer,
  missingRequired,
  nextStep,
  previousStep,
  resumeStep,
  stepIndex,
  visibleQuestions,
  withoutHidden,
  type FlowStep,
} from '../../src/questions/visibility';

/** A question that shows only when these rules hold. */
function shownWhen(...rules: EnableWhen[]): Question {
  return { ...getQuestion('ride'), enableWhen: rules };
}

const adult: Answers = { age_band: '18to64' };

describe('enable-when rules', () => {
  it('shows a question with no rule to everyone', () => {
    expect(isEnabled({ ...getQuestion('ride'), enableWhen: undefined }, {})).toBe(true);
  });

  it('"answered" holds once the question has any answer, even 0', () => {
    const q = shownWhen({ question: 'phq9_1', op: 'answered' });
    expect(isEnabled(q, {})).toBe(false);
    expect(isEnabled(q, { phq9_1: 0 })).toBe(true);
    expect(isEnabled(q, { phq9_1: 3 })).toBe(true);
  });

  it('"eq" holds only for the same value of the same type', () => {
    const q = shownWhen({ question: 'ride', op: 'eq', value: 'never' });
    expect(isEnabled(q, { ride: 'never' })).toBe(true);
    expect(isEnabled(q, { ride: 'always' })).toBe(false);
    expect(isEnabled(q, {})).toBe(false);
    const n = shownWhen({ question: 'phq9_9', op: 'eq', value: 1 });
    expect(isEnabled(n, { phq9_9: 1 })).toBe(true);
    expect(isEnabled(n, { phq9_9: '1' as unknown as number })).toBe(false);
  });

  it('"in" holds for any listed value, never for a missing answer or a list of answers', () => {
    const q = shownWhen({ question: 'ride', op: 'in', value: ['never', 'sometimes'] });
    expect(isEnabled(q, { ride: 'sometimes' })).toBe(true);
    expect(isEnabled(q, { ride: 'never' })).toBe(true);
    expect(isEnabled(q, { ride: 'always' })).toBe(false);
    expect(isEnabled(q, {})).toBe(false);
    const m = shownWhen({ question: 'cx_meds', op: 'in', value: ['opioid'] });
    expect(isEnabled(m, { cx_meds: ['opioid'] })).toBe(false);
  });

  it('"gt" holds only for a number strictly above the value', () => {
    const q = shownWhen({ question: 'phq9_9', op: 'gt', value: 1 });
    expect(isEnabled(q, { phq9_9: 2 })).toBe(true);
    expect(isEnabled(q, { phq9_9: 1 })).toBe(false);
    expect(isEnabled(q, { phq9_9: 0 })).toBe(false);
    expect(isEnabled(q, { phq9_9: '3' as unknown as number })).toBe(false);
    expect(isEnabled(q, {})).toBe(false);
  });

  it('shows a question only when every one of its rules holds', () => {
    const q = shownWhen(
      { question: 'phq9_9', op: 'gt', value: 0 },
      { question: 'ride', op: 'eq', value: 'never' },
    );
    expect(isEnabled(q, { phq9_9: 1, ride: 'never' })).toBe(true);
    expect(isEnabled(q, { phq9_9: 1, ride: 'always' })).toBe(false);
    expect(isEnabled(q, { phq9_9: 0, ride: 'never' })).toBe(false);
  });
});

describe('steps and sections', () => {
  it('numbers the steps in flow order, with the under-18 stop at the about step', () => {
    expect(STEP_ORDER.map((s) => stepIndex(s))).toEqual(STEP_ORDER.map((_, i) => i));
    expect(stepIndex('underage')).toBe(stepIndex('about'));
    expect(stepIndex('intro')).toBe(0);
  });

  it('counts the eight sections as sections, and not the first screen, review, summary or stop', () => {
    for (const s of SECTION_ORDER) expect(isSectionStep(s)).toBe(true);
    for (const s of ['intro', 'review', 'summary', 'underage'] as const) {
      expect(isSectionStep(s)).toBe(false);
    }
  });

  it('keeps the first screen, review and summary always active, and the stop only under 18', () => {
    for (const s of ['intro', 'review', 'summary'] as const) expect(isStepActive(s, {})).toBe(true);
    expect(isStepActive('underage', adult)).toBe(false);
    expect(isStepActive('underage', { age_band: 'under18' })).toBe(true);
    expect(isStepActive('history', {})).toBe(true);
    expect(isStepActive('safety', { phq9_9: 0 })).toBe(false);
  });

  it('has a safety concern exactly when item 9 is above 0', () => {
    expect(hasSafetyConcern({})).toBe(false);
    expect(hasSafetyConcern({ phq9_9: 0 })).toBe(false);
    expect(hasSafetyConcern({ phq9_9: 1 })).toBe(true);
  });

  it('shows every catalogue question of a section except the ones asked on the summary', () => {
    for (const section of SECTION_ORDER.filter((s) => s !== 'safety')) {
      expect(visibleQuestions(section, {}).map((q) => q.id)).toEqual(
        QUESTIONS.filter((q) => q.section === section && !q.askedOnSummary).map((q) => q.id),
      );
    }
  });

  it('lets a person leave a step with nothing required missing, and never blocks a non-section step', () => {
    expect(canLeave('about', {})).toBe(false);
    expect(canLeave('about', adult)).toBe(true);
    for (const s of ['intro', 'review', 'summary', 'underage'] as const) {
      expect(missingRequired(s, {})).toEqual([]);
      expect(canLeave(s, {})).toBe(true);
    }
  });
});

describe('next and back', () => {
  it('goes from the first screen to the about step, even when asked to return to the review', () => {
    expect(nextStep('intro', {})).toBe('about');
    expect(nextStep('intro', {}, { returnToReview: true })).toBe('about');
  });

  it('goes from the review to the summary, even when asked to return to the review', () => {
    expect(nextStep('review', adult)).toBe('summary');
    expect(nextStep('review', adult, { returnToReview: true })).toBe('summary');
  });

  it('goes from the first screen to the about step for a person under 18 too, to let them change the age', () => {
    expect(nextStep('intro', { age_band: 'under18' })).toBe('about');
  });

  it('goes on to the safety step after the about step only for an adult', () => {
    expect(nextStep('about', adult)).toBe('severity');
    expect(nextStep('about', { age_band: 'under18' }, { returnToReview: true })).toBe('underage');
  });

  it('skips the safety step going back as well as forward', () => {
    expect(previousStep('history', { phq9_9: 0 })).toBe('severity');
    expect(previousStep('about', {})).toBe('intro');
    expect(previousStep('summary', {})).toBe('review');
  });

  it('has a step after every step of the flow but the summary and the stop', () => {
    for (const s of ALL_STEPS) {
      const next = nextStep(s, { ...adult, phq9_9: 1 });
      if (s === 'summary' || s === 'underage') expect(next).toBeNull();
      else expect(stepIndex(next as FlowStep)).toBe(stepIndex(s) + 1);
    }
  });
});

describe('jumps', () => {
  it('picks the later of two steps, whichever comes first', () => {
    expect(furthestOf('about', 'cost')).toBe('cost');
    expect(furthestOf('cost', 'about')).toBe('cost');
    expect(furthestOf('review', 'review')).toBe('review');
  });

  it('keeps the step already reached when the other is level with it (the stop and the about step)', () => {
    expect(furthestOf('about', 'underage')).toBe('about');
    expect(furthestOf('underage', 'about')).toBe('underage');
  });

  it('never jumps to the under-18 stop', () => {
    expect(isReachable('underage', { age_band: 'under18' }, 'review')).toBe(false);
  });

  it('lets a person jump to the step they reached furthest, and to the first screen', () => {
    expect(isReachable('review', adult, 'review')).toBe(true);
    expect(isReachable('summary', adult, 'review')).toBe(false);
    expect(isReachable('intro', {}, 'intro')).toBe(true);
  });

  it('refuses a jump to a later step while an earlier section lacks a required answer', () => {
    expect(isReachable('about', {}, 'summary')).toBe(true);
    expect(isReachable('severity', {}, 'summary')).toBe(false);
    expect(isReachable('severity', adult, 'summary')).toBe(true);
  });
});

describe('resuming', () => {
  it('resumes at the under-18 stop when saved there and still under 18', () => {
    expect(resumeStep({ age_band: 'under18' }, 'underage')).toBe('underage');
  });

  it('resumes at the about step when the age is missing, whatever was saved', () => {
    expect(resumeStep({}, 'summary')).toBe('about');
    expect(resumeStep({}, 'about')).toBe('about');
  });

  it('never resumes beyond the saved step, even with every answer given', () => {
    expect(resumeStep(adult, 'severity')).toBe('severity');
    expect(resumeStep(adult, 'intro')).toBe('intro');
    expect(resumeStep({ ...adult, phq9_9: 2 }, 'summary')).toBe('summary');
  });

  it('resumes on the step before a saved safety step that is no longer due', () => {
    expect(resumeStep({ ...adult, phq9_9: 0 }, 'safety')).toBe('severity');
  });
});

describe('answers kept', () => {
  it('keeps every answer to a shown question, in catalogue order, and drops unknown keys', () => {
    const kept = withoutHidden({
      ride: 'never',
      age_band: '18to64',
      phq9_9: 1,
      safety_now: 'no',
      nonsense: 'x',
    } as Answers);
    expect(kept).toEqual({ age_band: '18to64', phq9_9: 1, safety_now: 'no', ride: 'never' });
    expect(Object.keys(kept)).toEqual(['age_band', 'phq9_9', 'safety_now', 'ride']);
  });

  it('accepts a cleared answer and refuses an answer of the wrong kind', () => {
    expect(isValidAnswer('cx_meds', undefined)).toBe(true);
    expect(isValidAnswer('cx_meds', ['opioid'])).toBe(true);
    expect(isValidAnswer('cx_meds', 'opioid')).toBe(false);
  });
});
