import { afterAll, describe, expect, it } from 'vitest';
import { addStats, fleschKincaidGrade, textStats } from '../../src/questions/readability';
import { patientFacingTexts } from './content-walk';

/** US school grades: each longer string, and the whole text taken together. */
const MAX_GRADE_PER_STRING = 8;
const MAX_GRADE_OVERALL = 7;
/** Strings this short are labels and headings; the formula says little about them. */
const MIN_WORDS_FOR_STRING_CHECK = 16;

const texts = patientFacingTexts();
const withStats = texts.map((t) => ({ ...t, stats: textStats(t.text) }));
const longer = withStats.filter((t) => t.stats.words >= MIN_WORDS_FOR_STRING_CHECK);

function figuresByGroup() {
  const groups = [...new Set(withStats.map((t) => t.group))];
  const rows = groups.map((group) => {
    const inGroup = withStats.filter((t) => t.group === group);
    const stats = addStats(inGroup.map((t) => t.stats));
    const worst = Math.max(
      ...inGroup
        .filter((t) => t.stats.words >= MIN_WORDS_FOR_STRING_CHECK)
        .map((t) => fleschKincaidGrade(t.stats)),
      Number.NEGATIVE_INFINITY,
    );
    return {
      part: group,
      strings: inGroup.length,
      words: stats.words,
      grade: Number(fleschKincaidGrade(stats).toFixed(2)),
      'worst long string': Number.isFinite(worst) ? Number(worst.toFixed(2)) : '-',
    };
  });
  const all = addStats(withStats.map((t) => t.stats));
  rows.push({
    part: 'ALL patient-facing text',
    strings: withStats.length,
    words: all.words,
    grade: Number(fleschKincaidGrade(all).toFixed(2)),
    'worst long string': Number(
      Math.max(...longer.map((t) => fleschKincaidGrade(t.stats))).toFixed(2),
    ),
  });
  return rows;
}

afterAll(() => {
  console.log('Flesch-Kincaid grade of patient-facing text (PHQ-9 standard wording excluded):');
  console.table(figuresByGroup());
});

describe('patient-facing text reads at US grade 8 or lower', () => {
  it('finds the text of the catalogue, the option facts, the evidence and the glossary', () => {
    const groups = new Set(texts.map((t) => t.group));
    for (const g of [
      'catalog: about',
      'catalog: health',
      'options',
      'evidence',
      'glossary',
      'other-options',
      'app-text',
    ]) {
      expect(groups).toContain(g);
    }
  });

  it.each(longer.map((t) => [t.where, t] as const))('keeps %s at grade 8 or lower', (_where, t) => {
    expect(fleschKincaidGrade(t.stats), t.text).toBeLessThanOrEqual(MAX_GRADE_PER_STRING);
  });

  it('keeps the whole patient-facing text at grade 7 or lower', () => {
    const all = addStats(withStats.map((t) => t.stats));
    expect(fleschKincaidGrade(all)).toBeLessThanOrEqual(MAX_GRADE_OVERALL);
  });
});
