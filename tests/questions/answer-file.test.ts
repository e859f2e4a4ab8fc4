import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ANSWER_FILE_FORMAT,
  parseAnswerFile,
  serializeAnswers,
} from '../../src/questions/answer-file';
import { getQuestion } from '../../src/questions/catalog';
import { answersArb } from './answers-arbitrary';
import { file, hostileFile } from './answer-file-arbitraries';

describe('answer files', () => {
  it('gives back the same answers after download then open, for any answers in the catalogue', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const parsed = parseAnswerFile(serializeAnswers(answers));
        expect(parsed).toEqual({ ok: true, answers });
      }),
      { numRuns: 200 },
    );
  });

  it('writes the format and version named in the spec', () => {
    const text = serializeAnswers({ age_band: '65plus', phq9_9: 2, cx_meds: ['opioid'] });
    expect(JSON.parse(text)).toEqual({
      format: 'ketamine-spravato-decision-aid/answers',
      version: 1,
      answers: { age_band: '65plus', phq9_9: 2, cx_meds: ['opioid'] },
    });
  });

  it('refuses every broken or hostile file with a message saying nothing was changed', () => {
    fc.assert(
      fc.property(hostileFile, (text) => {
        const parsed = parseAnswerFile(text);
        expect(parsed.ok).toBe(false);
        if (!parsed.ok) {
          expect(parsed.message).toMatch(/Nothing was changed\.$/);
          expect(parsed.message.length).toBeLessThan(400);
        }
        expect(Object.prototype).not.toHaveProperty('polluted');
        expect(({} as Record<string, unknown>)['age_band']).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  it('names the ids it does not recognise', () => {
    const parsed = parseAnswerFile(file({ age_band: '18to64', foo: 1 }));
    expect(parsed).toEqual({
      ok: false,
      message: 'This file has answers we do not recognise: "foo". Nothing was changed.',
    });
  });

  it('refuses a __proto__ key without touching any object prototype', () => {
    const text = `{"format":"${ANSWER_FILE_FORMAT}","version":1,"answers":{"__proto__":{"polluted":true},"age_band":"18to64"}}`;
    const parsed = parseAnswerFile(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain('"__proto__"');
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('names the question in plain words and its id for an out-of-range value', () => {
    const parsed = parseAnswerFile(file({ phq9_9: 7 }));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.message).toContain('Thoughts that you would be better off dead');
      expect(parsed.message).toContain('(phq9_9)');
      expect(parsed.message).toContain('not one of the allowed answers');
    }
  });

  it('names a wrong type and counts the other problems', () => {
    const parsed = parseAnswerFile(file({ travel_minutes: '30', phq9_1: 9, phq9_2: -1 }));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.message).toContain('(phq9_1)');
      expect(parsed.message).toContain('and 2 more');
    }
    const wrongType = parseAnswerFile(file({ travel_minutes: '30' }));
    if (!wrongType.ok) {
      expect(wrongType.message).toContain(getQuestion('travel_minutes').text.slice(0, 30));
      expect(wrongType.message).toContain('wrong kind of value');
    }
  });

  it.each([
    ['not JSON', '{"format": ', 'could not be read'],
    ['someone else’s JSON', '{"name":"x"}', 'not a file of answers from this guide'],
    [
      'a newer version',
      JSON.stringify({ format: ANSWER_FILE_FORMAT, version: 2, answers: {} }),
      'version 2',
    ],
    ['answers as a list', file([1, 2]), 'does not hold a list of answers'],
  ])('explains what is wrong with %s', (_name, text, words) => {
    const parsed = parseAnswerFile(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain(words);
  });

  it('refuses a file with no answers, since opening it would only wipe the answers', () => {
    expect(parseAnswerFile(file({}))).toEqual({
      ok: false,
      message: 'This file has no answers in it. Nothing was changed.',
    });
  });

  it('names an unknown id without control, bidirectional or invisible characters', () => {
    const parsed = parseAnswerFile(file({ 'ab\u202e\u2066cd\u0000e\u200bf': 1 }));
    expect(parsed).toEqual({
      ok: false,
      message: 'This file has answers we do not recognise: "abcd ef". Nothing was changed.',
    });
  });
});
