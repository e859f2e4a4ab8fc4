import { describe, expect, it } from 'vitest';
import {
  addStats,
  countSyllables,
  fleschKincaidGrade,
  textStats,
} from '../../src/questions/readability';

describe('countSyllables', () => {
  it.each([
    ['the', 1],
    ['cat', 1],
    ['nasal', 2],
    ['little', 2],
    ['needles', 2],
    ['likely', 2],
    ['hopeless', 2],
    ['staying', 2],
    ['helped', 1],
    ['needed', 2],
    ['minutes', 2],
    ['devices', 3],
    ['radio', 3],
    ['actual', 3],
    ['dissociation', 5],
    ['infusion', 3],
    ['anesthetic', 4],
    ['Spravato', 3],
    ['esketamine', 4],
    ['yes', 1],
  ])('counts %s as %i syllables', (word, expected) => {
    expect(countSyllables(word)).toBe(expected);
  });

  it.each([
    ['2', 1],
    ['1970', 1],
    ['2,342', 1],
    ['0.5', 1],
    ['$2,000', 1],
    ['41%', 1],
    ['140/90', 1],
    ['24/7', 1],
    ['56–84', 1],
  ])('counts the figure %s as one syllable, as Flesch did', (figure, expected) => {
    expect(countSyllables(figure)).toBe(expected);
  });

  it.each([
    ['FDA', 1],
    ['IV', 1],
    ['AVM', 1],
    ['MAOIs', 1],
    ['rTMS', 1],
    ['e.g.', 1],
    ['mg', 1],
    ['PHQ-9', 1],
    ['REMS', 1],
    ['TRANSFORM-2', 3],
    ['mirror-image', 4],
  ])('counts the abbreviation or compound %s as %i syllables', (word, expected) => {
    expect(countSyllables(word)).toBe(expected);
  });

  it('ignores punctuation around a word', () => {
    expect(countSyllables('"clinic."')).toBe(countSyllables('clinic'));
    expect(countSyllables('(IV)')).toBe(1);
    expect(countSyllables('—')).toBe(0);
  });
});

describe('textStats', () => {
  it('counts words, sentences and syllables of a plain sentence', () => {
    expect(textStats('The cat sat on the mat.')).toEqual({ words: 6, sentences: 1, syllables: 6 });
  });

  it('treats prices, abbreviations and decimals as single words inside one sentence', () => {
    expect(textStats('Some drugs, e.g. Xanax, cost $2,000 at the FDA site.')).toEqual({
      words: 10,
      sentences: 1,
      // some 1, drugs 1, e.g. 1, Xanax 2, cost 1, $2,000 1, at 1, the 1, FDA 1, site 1
      syllables: 11,
    });
    expect(textStats('Dr. Smith saw 12.5 out of 100 people.').sentences).toBe(1);
  });

  it('counts each sentence ending, including questions and closing quotes', () => {
    expect(textStats('Is it "off-label." Yes. It is! Ask 2 people.').sentences).toBe(4);
  });

  it('counts a label without a full stop as one sentence, and empty text as nothing', () => {
    expect(textStats('Not sure')).toEqual({ words: 2, sentences: 1, syllables: 2 });
    expect(textStats('  ')).toEqual({ words: 0, sentences: 0, syllables: 0 });
  });

  it('ignores dashes standing alone between words', () => {
    expect(textStats('Yes — every time').words).toBe(3);
  });
});

describe('fleschKincaidGrade', () => {
  it('applies the formula to the counts without rounding', () => {
    // 0.39 × 6 + 11.8 × 1 − 15.59
    expect(fleschKincaidGrade({ words: 6, sentences: 1, syllables: 6 })).toBeCloseTo(-1.45, 10);
    // 0.39 × (12 / 2) + 11.8 × (22 / 12) − 15.59 = 8.383333…
    expect(fleschKincaidGrade({ words: 12, sentences: 2, syllables: 22 })).toBeCloseTo(
      8.383333333,
      8,
    );
    // 0.39 × 20 + 11.8 × (30 / 20) − 15.59 = 9.91
    expect(fleschKincaidGrade({ words: 20, sentences: 1, syllables: 30 })).toBeCloseTo(9.91, 10);
  });

  it('scores a two-sentence text with a price and an abbreviation as worked out by hand', () => {
    // Spravato 3, is 1, a 1, nasal 2, spray 1 | It 1, costs 1, $2,000 1, at 1, the 1, FDA 1, clinic 2
    const stats = textStats('Spravato is a nasal spray. It costs $2,000 at the FDA clinic.');
    expect(stats).toEqual({ words: 12, sentences: 2, syllables: 16 });
    // 0.39 × 6 + 11.8 × (16 / 12) − 15.59 = 2.483333…
    expect(fleschKincaidGrade(stats)).toBeCloseTo(2.483333333, 8);
  });

  it('gives text with no words a grade of 0', () => {
    expect(fleschKincaidGrade({ words: 0, sentences: 0, syllables: 0 })).toBe(0);
  });

  it('grades several texts together from their summed counts, not the mean of their grades', () => {
    const a = textStats('The cat sat on the mat.');
    const b = textStats('Spravato is a nasal spray. It costs $2,000 at the FDA clinic.');
    expect(addStats([a, b])).toEqual({ words: 18, sentences: 3, syllables: 22 });
    // 0.39 × 6 + 11.8 × (22 / 18) − 15.59 = 1.172222…
    expect(fleschKincaidGrade(addStats([a, b]))).toBeCloseTo(1.172222222, 8);
  });
});
