import { describe, expect, it } from 'vitest';
import { sanitizeAnswers } from '../../src/questions/validate';

describe('sanitizeAnswers', () => {
  it('keeps valid answers and names each dropped one', () => {
    const { answers, problems } = sanitizeAnswers({
      age_band: '18to64',
      phq9_1: 2,
      phq9_2: 7,
      travel_minutes: '30',
      cx_meds: ['opioid', 'stimulant'],
      nonsense: true,
    });
    expect(answers).toEqual({ age_band: '18to64', phq9_1: 2, cx_meds: ['opioid', 'stimulant'] });
    expect(problems).toEqual([
      { kind: 'out_of_range', id: 'phq9_2' },
      { kind: 'wrong_type', id: 'travel_minutes' },
      { kind: 'unknown_id', id: 'nonsense' },
    ]);
  });

  it('refuses an exclusive choice combined with others', () => {
    const { answers } = sanitizeAnswers({ cx_meds: ['none', 'opioid'] });
    expect(answers).toEqual({});
  });

  it.each([null, 3, 'x', [1, 2], undefined])('returns nothing for non-object input %s', (input) => {
    expect(sanitizeAnswers(input)).toEqual({ answers: {}, problems: [] });
  });
});
