/**
 * The summary's other parts: the crisis block, the leaning, the reference list, the first 8 weeks
 * of each option, and how answers are read (PHQ-9 total and band, odd values).
 */
import { describe, expect, it } from 'vitest';
import { CONTENT_META } from '../../src/questions/content/meta';
import { EVIDENCE, NO_HEAD_TO_HEAD } from '../../src/questions/content/evidence';
import { REFERENCES } from '../../src/questions/content/references';
import { SAFETY_TEXT, SCHEDULE_TEXT } from '../../src/questions/content/summary-text';
import type { Answers } from '../../src/questions/types';
import { safetyBlock, summarize } from '../../src/results/summarize';
import {
  con,
  multi,
  num,
  optionLabel,
  phq9,
  single,
  uniqueSources,
} from '../../src/results/summarize-read';
import { PROTOCOLS, buildSchedule, scheduleFor } from '../../src/results/summarize-schedule';

const idNumber = (id: string) => Number(id.replace(/\D/g, ''));

/**
 * Rides home counted for IV ketamine in the first 8 weeks: one for every infusion (no driving for
 * at least 24 hours [S130], home with a responsible adult [S119]), so 6 or more, like its visits.
 */
const KETAMINE_RIDES_NEEDED = { min: 6, max: null };

describe('the crisis block', () => {
  it('is there for any answer above 0 on item 9, and not for 0 or no answer', () => {
    expect(safetyBlock({})).toBeNull();
    expect(safetyBlock({ phq9_9: 0 })).toBeNull();
    expect(safetyBlock({ phq9_9: -1 })).toBeNull();
    expect(safetyBlock({ phq9_9: 1 })).not.toBeNull();
  });

  it('gives 988, then 911, then help outside the US, each with how to reach it and its links', () => {
    const block = safetyBlock({ phq9_9: 1 });
    expect(block?.heading).toBe(SAFETY_TEXT.heading);
    expect(block?.resources).toEqual(
      [SAFETY_TEXT.lifeline, SAFETY_TEXT.emergency, SAFETY_TEXT.outsideUs].map((r) => ({
        name: r.name,
        howToReach: r.howToReach,
        detail: r.detail,
        links: r.links.map((l) => ({ label: l.label, href: l.href })),
        sourceIds: [...r.sources],
      })),
    );
  });

  it('gives the calm message when the person has no thoughts of ending their life now', () => {
    for (const now of [undefined, 'no']) {
      const block = safetyBlock({ phq9_9: 2, ...(now ? { safety_now: now } : {}) });
      expect(block?.urgent).toBe(false);
      expect(block?.message).toBe(SAFETY_TEXT.message.text);
    }
  });

  it.each(['yes', 'unsure'])('gives the urgent message when thoughts now are "%s"', (now) => {
    const block = safetyBlock({ phq9_9: 1, safety_now: now });
    expect(block?.urgent).toBe(true);
    expect(block?.message).toBe(SAFETY_TEXT.urgentMessage.text);
  });

  it('cites the message first, then the crisis services, each once', () => {
    const block = safetyBlock({ phq9_9: 1 });
    expect(block?.sourceIds).toEqual([
      ...new Set([
        ...SAFETY_TEXT.message.sources,
        ...SAFETY_TEXT.lifeline.sources,
        ...SAFETY_TEXT.emergency.sources,
        ...SAFETY_TEXT.outsideUs.sources,
      ]),
    ]);
  });
});

describe('the whole summary', () => {
  it('keeps the leaning before and after the summary, and drops a leaning it does not know', () => {
    expect(summarize({ leaning: 'ketamine', leaning_after: 'spravato' }).leaning).toEqual({
      before: 'ketamine',
      after: 'spravato',
    });
    expect(summarize({ leaning: 'unsure', leaning_after: 'neither' }).leaning).toEqual({
      before: 'unsure',
      after: 'neither',
    });
    expect(summarize({ leaning: 'both', leaning_after: 3 as unknown as string }).leaning).toEqual({
      before: null,
      after: null,
    });
  });

  it('names the content version and review date', () => {
    expect(summarize({}).content).toEqual({
      version: CONTENT_META.version,
      reviewed: CONTENT_META.lastReviewed,
    });
  });

  it('lists the sources in number order (S2 before S10), each once', () => {
    const ids = summarize({ cx_aneurysm: 'yes', phq9_9: 1 }).references.map((r) => r.id);
    expect(ids).toEqual([...ids].sort((a, b) => idNumber(a) - idNumber(b)));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.some((id) => idNumber(id) >= 10)).toBe(true);
    expect(ids.some((id) => idNumber(id) < 10)).toBe(true);
  });

  it('lists the sources of the study results and of "no head-to-head trial" even with no answers', () => {
    const ids = summarize({}).references.map((r) => r.id);
    for (const id of [...EVIDENCE.flatMap((e) => e.sources), ...NO_HEAD_TO_HEAD.sources]) {
      expect(ids).toContain(id);
    }
  });

  it('adds the sources of a flag, a crisis block and the schedule to the list', () => {
    const ids = summarize({ phq9_9: 1, cx_aneurysm: 'yes' }).references.map((r) => r.id);
    const expected = [
      ...SAFETY_TEXT.lifeline.sources,
      ...SAFETY_TEXT.emergency.sources,
      ...SCHEDULE_TEXT.spravato.maintenance.sources,
    ];
    for (const id of expected) expect(ids).toContain(id);
  });

  it('lists only sources it cites', () => {
    const none = summarize({}).references.length;
    const more = summarize({ phq9_9: 1 }).references.length;
    expect(none).toBeLessThan(REFERENCES.length);
    expect(more).toBeGreaterThan(none);
  });
});

describe('the first 8 weeks', () => {
  it('plans 12 Spravato visits of 2 to 3 hours: 24 to 36 hours at the clinic, a ride home each time', () => {
    const s = scheduleFor('spravato', {});
    expect(s.option).toBe('spravato');
    expect(s.visits).toEqual({ min: 12, max: 12 });
    expect(s.clinicHours).toEqual({ min: 24, max: 36 });
    expect(s.ridesNeeded).toEqual({ min: 12, max: 12 });
    expect(s.perWeek.map((w) => w.min)).toEqual([2, 2, 2, 2, 1, 1, 1, 1]);
  });

  it('plans at least 6 IV ketamine visits of 70 to 110 minutes, 2 or 3 a week at first, with no set upper limit after week 3', () => {
    const k = scheduleFor('ketamine', {});
    expect(k.option).toBe('ketamine');
    expect(k.visits).toEqual({ min: 6, max: null });
    expect(k.clinicHours).toEqual({ min: 7, max: null });
    expect(k.perWeek).toEqual([
      { min: 2, max: 3 },
      { min: 2, max: 3 },
      { min: 0, max: 2 },
      ...Array.from({ length: 5 }, () => ({ min: 0, max: null })),
    ]);
    expect(k.ridesNeeded).toEqual(KETAMINE_RIDES_NEEDED);
  });

  it('counts travel there and back for every visit, to one decimal place', () => {
    const s = buildSchedule({ travel_minutes: 25 });
    expect(s.spravato.travelHours).toEqual({ min: 10, max: 10 });
    expect(s.ketamine.travelHours).toEqual({ min: 5, max: null });
    expect(buildSchedule({ travel_minutes: 7 }).spravato.travelHours).toEqual({
      min: 2.8,
      max: 2.8,
    });
  });

  it('counts no travel when none was given or it is below zero, and none for a zero-minute trip', () => {
    expect(buildSchedule({}).spravato.travelHours).toBeNull();
    expect(buildSchedule({ travel_minutes: -5 }).ketamine.travelHours).toBeNull();
    expect(buildSchedule({ travel_minutes: 0 }).spravato.travelHours).toEqual({ min: 0, max: 0 });
  });

  it('gives each option its own words for a visit, rides, what comes after, and notes, with sources', () => {
    for (const option of ['ketamine', 'spravato'] as const) {
      const s = scheduleFor(option, {});
      const t = SCHEDULE_TEXT[option];
      expect(s.visitLength).toBe(t.visitLength.text);
      expect(s.rides).toBe(t.rides.text);
      expect(s.maintenance).toBe(t.maintenance.text);
      expect(s.notes).toEqual(t.notes.map((n) => n.text));
      expect(s.sourceIds).toEqual([
        ...new Set(
          [t.visitLength, t.rides, t.maintenance, ...t.notes].flatMap((x) => [...x.sources]),
        ),
      ]);
    }
  });

  it('uses the protocol of each option for the week-by-week visits', () => {
    const s = buildSchedule({});
    expect(s.ketamine.perWeek).toEqual(PROTOCOLS.ketamine.perWeek);
    expect(s.spravato.perWeek).toEqual(PROTOCOLS.spravato.perWeek);
    expect(s.ketamine.option).toBe('ketamine');
    expect(s.spravato.option).toBe('spravato');
  });
});

describe('reading answers', () => {
  it('reads a code, a finite number or a list, and treats anything else as not answered', () => {
    const answers = {
      ride: 'never',
      travel_minutes: 12,
      phq9_1: Number.POSITIVE_INFINITY,
      phq9_2: Number.NaN,
      cx_meds: ['opioid', 4, 'maoi'],
      nasal: 3,
    } as unknown as Answers;
    expect(single(answers, 'ride')).toBe('never');
    expect(single(answers, 'nasal')).toBeNull();
    expect(single(answers, 'needles')).toBeNull();
    expect(num(answers, 'travel_minutes')).toBe(12);
    expect(num(answers, 'phq9_1')).toBeNull();
    expect(num(answers, 'phq9_2')).toBeNull();
    expect(num(answers, 'ride')).toBeNull();
    expect(multi(answers, 'cx_meds')).toEqual(['opioid', 'maoi']);
    expect(multi(answers, 'ride')).toEqual([]);
  });

  it('shows an answer by its catalogue label, or the code itself when there is none', () => {
    expect(optionLabel('ride', 'never')).toBe('No');
    expect(optionLabel('ride', 'by bus')).toBe('by bus');
    expect(optionLabel('travel_minutes', '30')).toBe('30');
  });

  it.each([
    [0, 'minimal'],
    [4, 'minimal'],
    [5, 'mild'],
    [9, 'mild'],
    [10, 'moderate'],
    [14, 'moderate'],
    [15, 'moderately_severe'],
    [19, 'moderately_severe'],
    [20, 'severe'],
    [27, 'severe'],
  ] as const)('puts a PHQ-9 total of %i in the %s band', (total, band) => {
    const answers: Answers = Object.fromEntries(
      Array.from({ length: 9 }, (_, i) => [
        `phq9_${i + 1}`,
        Math.max(0, Math.min(3, total - 3 * i)),
      ]),
    );
    expect(phq9(answers)).toEqual({ answered: 9, total, band });
  });

  it('gives no total until all nine items have a whole score from 0 to 3', () => {
    const eight: Answers = Object.fromEntries(
      Array.from({ length: 8 }, (_, i) => [`phq9_${i + 1}`, 3]),
    );
    expect(phq9(eight)).toEqual({ answered: 8, total: null, band: null });
    for (const odd of [4, -1, 1.5]) {
      expect(phq9({ ...eight, phq9_9: odd })).toEqual({ answered: 8, total: null, band: null });
    }
    expect(phq9({ ...eight, phq9_9: 3 })).toEqual({ answered: 9, total: 27, band: 'severe' });
    expect(phq9({ ...eight, phq9_9: 0 })).toEqual({ answered: 9, total: 24, band: 'severe' });
  });

  it('copies the sources of a cited text into a consideration', () => {
    const cited = { text: 'A fact.', sources: ['S1', 'S2'] };
    const c = con(cited, 'fits');
    expect(c).toEqual({ text: 'A fact.', tone: 'fits', sourceIds: ['S1', 'S2'] });
    expect(c.sourceIds).not.toBe(cited.sources);
  });

  it('merges source lists in first-seen order without repeats', () => {
    expect(uniqueSources([['S3', 'S1'], [], ['S1', 'S2', 'S3']])).toEqual(['S3', 'S1', 'S2']);
  });
});
