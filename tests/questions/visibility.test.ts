import { describe, expect, it } from 'vitest';
import { getQuestion } from '../../src/questions/catalog';
import type { Answers } from '../../src/questions/types';
import {
  ALL_STEPS,
  isEnabled,
  isReachable,
  isSectionActive,
  isUnderage,
  isValidAnswer,
  missingRequired,
  needsCrisisBar,
  nextStep,
  previousStep,
  resumeStep,
  visibleQuestions,
  withoutHidden,
  type FlowStep,
} from '../../src/questions/visibility';

const adult: Answers = { age_band: '18to64' };
const withItem9 = (value: number): Answers => ({ ...adult, phq9_9: value });

describe('which questions show', () => {
  it('hides the safety question until PHQ-9 item 9 is above 0', () => {
    const safetyNow = getQuestion('safety_now');
    expect(isEnabled(safetyNow, adult)).toBe(false);
    expect(isEnabled(safetyNow, withItem9(0))).toBe(false);
    expect(isEnabled(safetyNow, withItem9(1))).toBe(true);
  });

  it('shows the PHQ-9 items and the difficulty question on the severity screen', () => {
    const ids = visibleQuestions('severity', {}).map((q) => q.id);
    expect(ids).toEqual([
      'phq9_1',
      'phq9_2',
      'phq9_3',
      'phq9_4',
      'phq9_5',
      'phq9_6',
      'phq9_7',
      'phq9_8',
      'phq9_9',
      'phq9_difficulty',
    ]);
  });

  it('keeps the leaning-after question off the values screen (it is asked on the summary)', () => {
    expect(visibleQuestions('values', {}).map((q) => q.id)).not.toContain('leaning_after');
  });

  it('makes the safety step active only when item 9 is above 0', () => {
    expect(isSectionActive('safety', {})).toBe(false);
    expect(isSectionActive('safety', withItem9(0))).toBe(false);
    expect(isSectionActive('safety', withItem9(3))).toBe(true);
  });

  it('drops the answer to the safety question once item 9 goes back to 0', () => {
    expect(withoutHidden({ ...withItem9(0), safety_now: 'yes' })).toEqual(withItem9(0));
    expect(withoutHidden({ ...withItem9(2), safety_now: 'yes' })).toEqual({
      ...withItem9(2),
      safety_now: 'yes',
    });
  });
});

describe('required answers', () => {
  it('blocks the about step only while the age group is missing', () => {
    expect(missingRequired('about', {})).toEqual(['age_band']);
    expect(missingRequired('about', { has_depression_dx: 'yes' })).toEqual(['age_band']);
    expect(missingRequired('about', adult)).toEqual([]);
  });

  it.each(['severity', 'history', 'logistics', 'cost', 'values', 'health'] as const)(
    'never blocks the %s step, whose questions are all optional',
    (step) => {
      expect(missingRequired(step, {})).toEqual([]);
    },
  );

  it('says people under 18 are stopped', () => {
    expect(isUnderage({ age_band: 'under18' })).toBe(true);
    expect(isUnderage(adult)).toBe(false);
    expect(isUnderage({})).toBe(false);
  });
});

describe('next and previous step', () => {
  it('walks the whole flow in order for an adult without a safety concern', () => {
    const walked: FlowStep[] = ['intro'];
    let step: FlowStep | null = 'intro';
    while ((step = nextStep(step, withItem9(0))) !== null) walked.push(step);
    expect(walked).toEqual([
      'intro',
      'about',
      'severity',
      'history',
      'logistics',
      'cost',
      'options',
      'values',
      'health',
      'review',
      'summary',
    ]);
  });

  it('shows both options side by side right before the questions on what matters', () => {
    expect(nextStep('cost', withItem9(0))).toBe('options');
    expect(nextStep('options', withItem9(0))).toBe('values');
    expect(previousStep('values', withItem9(0))).toBe('options');
    expect(previousStep('options', withItem9(0))).toBe('cost');
  });

  it('puts the safety step right after the PHQ-9 when item 9 is above 0', () => {
    expect(nextStep('severity', withItem9(1))).toBe('safety');
    expect(nextStep('safety', withItem9(1))).toBe('history');
    expect(previousStep('history', withItem9(1))).toBe('safety');
    expect(previousStep('history', withItem9(0))).toBe('severity');
  });

  it('stops people under 18 after the about step, and Back from the stop returns there', () => {
    expect(nextStep('about', { age_band: 'under18' })).toBe('underage');
    expect(nextStep('underage', { age_band: 'under18' })).toBeNull();
    expect(previousStep('underage', { age_band: 'under18' })).toBe('about');
  });

  it('returns to the review from an edited section, unless the safety step is now due', () => {
    expect(nextStep('cost', adult, { returnToReview: true })).toBe('review');
    expect(nextStep('severity', withItem9(2), { returnToReview: true })).toBe('safety');
    expect(nextStep('safety', withItem9(2), { returnToReview: true })).toBe('review');
  });

  it('has nothing before the first screen and nothing after the summary', () => {
    expect(previousStep('intro', {})).toBeNull();
    expect(nextStep('summary', adult)).toBeNull();
  });

  it('gives every step except the first screen a way back', () => {
    for (const step of ALL_STEPS.filter((s) => s !== 'intro')) {
      expect(previousStep(step, withItem9(1))).not.toBeNull();
    }
  });
});

describe('jumping and resuming', () => {
  it('lets a person jump back to any step reached, but not beyond the furthest', () => {
    expect(isReachable('about', adult, 'cost')).toBe(true);
    expect(isReachable('cost', adult, 'cost')).toBe(true);
    expect(isReachable('values', adult, 'cost')).toBe(false);
  });

  it('refuses a jump past the about step while the age is missing or under 18', () => {
    expect(isReachable('history', {}, 'review')).toBe(false);
    expect(isReachable('history', { age_band: 'under18' }, 'review')).toBe(false);
    expect(isReachable('about', { age_band: 'under18' }, 'review')).toBe(true);
  });

  it('refuses a jump to the safety step when it is not active', () => {
    expect(isReachable('safety', withItem9(0), 'review')).toBe(false);
    expect(isReachable('safety', withItem9(1), 'review')).toBe(true);
  });

  it('resumes on the saved step when the answers still allow it', () => {
    expect(resumeStep(adult, 'logistics')).toBe('logistics');
    expect(resumeStep(withItem9(1), 'safety')).toBe('safety');
    expect(resumeStep({}, undefined)).toBe('intro');
  });

  it('resumes as far as the answers allow when the saved step is out of reach', () => {
    expect(resumeStep({}, 'health')).toBe('about');
    expect(resumeStep(withItem9(0), 'safety')).toBe('severity');
    expect(resumeStep({ age_band: 'under18' }, 'cost')).toBe('underage');
    expect(resumeStep(adult, 'underage')).toBe('about');
  });
});

describe('answer checks', () => {
  it('accepts valid answers and clearing, and refuses the rest', () => {
    expect(isValidAnswer('phq9_1', 2)).toBe(true);
    expect(isValidAnswer('phq9_1', undefined)).toBe(true);
    expect(isValidAnswer('phq9_1', 4)).toBe(false);
    expect(isValidAnswer('travel_minutes', 601)).toBe(false);
    expect(isValidAnswer('age_band', 'adult')).toBe(false);
  });

  it('shows the crisis bar only after a yes or unsure on the safety question', () => {
    expect(needsCrisisBar({ ...withItem9(1), safety_now: 'yes' })).toBe(true);
    expect(needsCrisisBar({ ...withItem9(1), safety_now: 'unsure' })).toBe(true);
    expect(needsCrisisBar({ ...withItem9(1), safety_now: 'no' })).toBe(false);
    expect(needsCrisisBar({ ...withItem9(0), safety_now: 'yes' })).toBe(false);
  });
});
