import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NOTE_MAX_CHARS, chartNote } from '../../src/handoff/chart-note';
import { CHART_NOTE_TEXT } from '../../src/questions/content/handoff-text';
import { CONTENT_META } from '../../src/questions/content/meta';
import type { Answers } from '../../src/questions/types';
import { summarize } from '../../src/results/summarize';
import { MANY_FLAGS } from '../results/print-persona';
import { answersArb } from '../questions/answers-arbitrary';

const DATE = '2026-12-02';
const noteFor = (answers: Answers) => chartNote(summarize(answers), answers, DATE);

describe('the note for the chart', () => {
  it('stays within 1,500 characters and ends with the content version and date, for any answers', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const note = noteFor(answers);
        expect(note.length).toBeLessThanOrEqual(NOTE_MAX_CHARS);
        expect(note.split('\n').at(-1)).toBe(
          CHART_NOTE_TEXT.footer(CONTENT_META.version, CONTENT_META.lastReviewed, DATE),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('puts safety and flags before the PHQ-9 line, and the PHQ-9 before leaning and priorities', () => {
    const lines = noteFor(MANY_FLAGS).split('\n');
    const at = (pattern: RegExp) => lines.findIndex((l) => pattern.test(l));
    expect(at(/^SAFETY: /)).toBe(1);
    expect(at(/^Flags from health answers:$/)).toBe(2);
    expect(at(/^PHQ-9: 26\/27 \(severe\)\. Difficulty: Extremely difficult\.$/)).toBeGreaterThan(2);
    expect(at(/^Leaning: /)).toBe(at(/^PHQ-9: /) + 1);
    expect(at(/^Top priorities/)).toBe(at(/^Leaning: /) + 1);
  });

  it('names every flagged health answer of the worst-case persona', () => {
    const summary = summarize(MANY_FLAGS);
    const note = noteFor(MANY_FLAGS);
    for (const flag of summary.flags) expect(note).toContain(flag.name);
    expect(note).toMatch(/^- Spravato, Label: do not use: /m);
  });

  it('gives each priority a point for IV ketamine and one for Spravato, very important first', () => {
    const answers: Answers = { v_no_needles: 2, v_evidence: 3, v_fda_depression: 0 };
    const lines = noteFor(answers)
      .split('\n')
      .filter((l) => l.startsWith('- ') && l.includes('IV ketamine:'));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/\(very important\)/);
    expect(lines[1]).toMatch(/\(quite important\)/);
    for (const line of lines) expect(line).toMatch(/IV ketamine: .+ Spravato: .+/);
  });

  it('says so when nothing is flagged, no priority is rated and the PHQ-9 is not finished', () => {
    const note = noteFor({ phq9_1: 2 });
    expect(note).toContain(CHART_NOTE_TEXT.noFlags);
    expect(note).toContain(CHART_NOTE_TEXT.noPriorities);
    expect(note).toContain(CHART_NOTE_TEXT.phqPartial(1));
    expect(note).not.toMatch(/SAFETY/);
  });
});
