import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/questions/types';
import { summarize } from '../../src/results/summarize';
import { MANY_FLAGS } from './print-persona';
import type { Consideration, FactorId, Summary } from '../../src/results/summary-types';

/** Answers that raise nothing on their own: an adult, every health item answered "no". */
const BASE: Answers = {
  age_band: '18to64',
  has_depression_dx: 'yes',
  cx_aneurysm: 'no',
  cx_avm: 'no',
  cx_brain_bleed: 'no',
  cx_allergy: 'no',
  cx_bp: 'no',
  cx_heart: 'no',
  cx_pregnant: 'no',
  cx_psychosis: 'no',
  cx_bipolar: 'no',
  cx_substance: 'no',
  cx_liver: 'no',
  cx_bladder: 'no',
  cx_head: 'no',
  cx_breathing: 'no',
  cx_meds: ['none'],
};

function row(s: Summary, factor: FactorId) {
  const found = s.rows.find((r) => r.factor === factor);
  if (!found) throw new Error(`no ${factor} row`);
  return found;
}

/** The tone of the consideration whose text matches. */
function toneOf(column: readonly Consideration[], pattern: RegExp) {
  return column.find((c) => pattern.test(c.text))?.tone;
}

describe('Ana, who has had an aneurysm', () => {
  const s = summarize({ ...BASE, cx_aneurysm: 'yes' });

  it('flags the Spravato label contraindication first, citing the label', () => {
    expect(s.flags[0]?.id).toBe('flag:cx_aneurysm:spravato');
    expect(s.flags[0]?.level).toBe('label_contraindication');
    expect(s.flags[0]?.sourceIds).toEqual(expect.arrayContaining(['S2', 'S3']));
    expect(s.flags[0]?.whatToDo).toMatch(/Spravato label says not to use it/);
  });

  it('says in the same flag what it means for IV ketamine, which has no depression label, citing blood pressure and exclusion lists', () => {
    const meaning = s.flags[0]?.meaning ?? [];
    expect(meaning.map((m) => [m.option, m.level])).toEqual([
      ['ketamine', 'needs_discussion'],
      ['spravato', 'label_contraindication'],
    ]);
    expect(meaning[0]?.text).toMatch(/no FDA label for depression/);
    expect(meaning[0]?.text).toMatch(/raises blood pressure/);
    expect(meaning[0]?.text).toMatch(/Ask the clinic if this rules it out for you/);
    expect(meaning[0]?.sourceIds).toEqual(['S33', 'S49', 'S51', 'S52']);
    expect(meaning[1]?.sourceIds).toEqual(expect.arrayContaining(['S2', 'S3']));
  });

  it('raises one flag and marks both health columns for thought, each at its own level', () => {
    expect(s.flags).toHaveLength(1);
    const health = row(s, 'health');
    expect(health.spravato[0]).toMatchObject({
      tone: 'consider',
      text: 'Aneurysm or blood vessel disease: The Spravato label says not to use it.',
    });
    expect(health.ketamine[0]).toMatchObject({
      tone: 'consider',
      text: 'Aneurysm or blood vessel disease: Talk with your clinician.',
    });
  });

  it('asks one question about the aneurysm that covers both options', () => {
    const health = s.questions.filter((q) => q.text.includes('aneurysm'));
    expect(health).toEqual([
      {
        id: 'health-label',
        text: 'With an aneurysm, does the label rule out Spravato for me? Is IV ketamine ruled out too?',
      },
    ]);
  });
});

describe('Gus, who said yes to every health question but one, where he is not sure', () => {
  const s = summarize(MANY_FLAGS);

  it('gets one flag per health answer, each with a line for both options', () => {
    expect(s.flags.map((f) => f.question)).toHaveLength(15);
    expect(new Set(s.flags.map((f) => f.question)).size).toBe(15);
    for (const f of s.flags)
      expect(f.meaning.map((m) => m.option)).toEqual(['ketamine', 'spravato']);
  });

  it('asks three health questions, not one per answer: label, talk it over, and not sure', () => {
    expect(s.questions.map((q) => q.id)).toEqual([
      'safety',
      'health-label',
      'health-discuss',
      'find-out',
      'ad-trials',
      'ad-current',
      'coverage',
      'ketamine-cost',
      'ride',
      'ketamine-ride',
      'needles',
      'nasal',
      'before',
      'boosters',
      'spravato-after',
      'how-will-we-know',
      'others',
    ]);
    const text = (id: string) => s.questions.find((q) => q.id === id)?.text;
    expect(text('health-label')).toBe(
      'With an aneurysm, an AVM, bleeding in the brain and a reaction to ketamine, does the label rule out Spravato for me? Is IV ketamine ruled out too?',
    );
    expect(text('health-discuss')).toBe(
      'How do my answers about high blood pressure, heart or stroke problems, pregnancy or breastfeeding, bipolar disorder, alcohol or drug problems, liver disease, bladder pain, a head injury, breathing problems and my medicines affect each option?',
    );
    expect(text('find-out')).toBe(
      'Can we check the health items I was not sure about before I start?',
    );
    for (const name of ['psychosis', 'schizophrenia']) {
      expect(s.questions.filter((q) => q.text.includes(name))).toEqual([]);
    }
  });
});

describe('Beth, who is pregnant', () => {
  const s = summarize({ ...BASE, cx_pregnant: 'pregnant' });

  it('gets one pregnancy flag for both options that is a warning, not a label contraindication', () => {
    expect(s.flags.map((f) => [f.id, f.level])).toEqual([
      ['flag:cx_pregnant:both', 'needs_discussion'],
    ]);
    const flag = s.flags[0];
    expect(flag?.meaning.map((m) => m.option)).toEqual(['ketamine', 'spravato']);
    expect(flag?.meaning[1]?.text).toMatch(/may harm an unborn baby/);
    expect(flag?.meaning[1]?.sourceIds).toContain('S2');
    expect(flag?.meaning[0]?.sourceIds).toEqual(expect.arrayContaining(['S51', 'S52']));
  });

  it('says to find out before the visit when she is not sure', () => {
    const unsure = summarize({ ...BASE, cx_pregnant: 'unsure' });
    expect(unsure.flags[0]?.findOut).toBe(true);
    expect(unsure.flags[0]?.whatToDo).toMatch(/Find out before your visit/);
    expect(unsure.questions.map((q) => q.id)).toContain('find-out');
  });
});

describe('Carl, who has no ride and a 90-minute drive each way', () => {
  const s = summarize({
    ...BASE,
    travel_minutes: 90,
    ride: 'never',
    visits_per_week: '2',
    hours_per_visit: '3plus',
  });

  it('works out Spravato: 12 visits, 24 to 36 hours at the clinic, 36 hours driving, 12 rides', () => {
    const sp = s.schedule.spravato;
    expect(sp.visits).toEqual({ min: 12, max: 12 });
    expect(sp.clinicHours).toEqual({ min: 24, max: 36 });
    expect(sp.travelHours).toEqual({ min: 36, max: 36 });
    expect(sp.ridesNeeded).toEqual({ min: 12, max: 12 });
    expect(sp.perWeek.map((w) => w.min)).toEqual([2, 2, 2, 2, 1, 1, 1, 1]);
  });

  it('works out IV ketamine: 6 or more visits, at least 7 hours there, 18 hours driving, 6 or more rides', () => {
    const k = s.schedule.ketamine;
    expect(k.visits).toEqual({ min: 6, max: null });
    expect(k.clinicHours).toEqual({ min: 7, max: null });
    expect(k.travelHours).toEqual({ min: 18, max: null });
    expect(k.ridesNeeded).toEqual({ min: 6, max: null });
    expect(k.rides).toMatch(/responsible adult/);
    expect(k.rides).toMatch(/24 hours/);
    expect(k.notes.join(' ')).toMatch(/no standard/);
  });

  it('marks the ride and the travel for thought in both columns, and the visit load as fitting', () => {
    const l = row(s, 'logistics');
    expect(toneOf(l.spravato, /No driving until the next day/)).toBe('consider');
    expect(toneOf(l.ketamine, /ride home/)).toBe('consider');
    expect(toneOf(l.spravato, /Your travel: about 36 hours/)).toBe('consider');
    expect(toneOf(l.ketamine, /Your travel: at least 18 hours/)).toBe('consider');
    expect(toneOf(l.spravato, /Weeks 1 to 4: 2 visits a week/)).toBe('fits');
    expect(toneOf(l.ketamine, /6 infusions over 2 to 3 weeks/)).toBe('fits');
    expect(s.questions.map((q) => q.id)).toEqual(expect.arrayContaining(['ride', 'ketamine-ride']));
  });
});

describe('Dee, who is very afraid of needles and needs insurance to pay', () => {
  const s = summarize({
    ...BASE,
    needles: 'very_hard',
    coverage: 'private',
    oop_limit: 'under500',
    v_no_needles: 3,
    v_insurance: 3,
    v_evidence: 1,
  });

  it('marks the IV needle for thought and the nose spray as fitting', () => {
    const l = row(s, 'logistics');
    expect(toneOf(l.ketamine, /needle into a vein/)).toBe('consider');
    expect(toneOf(l.spravato, /There is no needle/)).toBe('fits');
  });

  it('marks IV ketamine cost for thought and Spravato coverage as fitting, with 2019 price only', () => {
    const c = row(s, 'cost');
    expect(toneOf(c.ketamine, /usually does not pay/)).toBe('consider');
    expect(toneOf(c.ketamine, /undated/)).toBe('consider');
    expect(toneOf(c.spravato, /Many insurers pay for Spravato/)).toBe('fits');
    expect(toneOf(c.spravato, /savings program/)).toBe('fits');
    expect(c.spravato.find((x) => /2019/.test(x.text))?.text).toMatch(/no current price/);
  });

  it('lists only the values rated 2 or 3, each with the option that has it and no total', () => {
    expect(s.priorities.map((p) => [p.question, p.importance, p.holder])).toEqual([
      ['v_insurance', 3, 'spravato'],
      ['v_no_needles', 3, 'spravato'],
    ]);
    expect(s.questions.map((q) => q.id)).toEqual(expect.arrayContaining(['needles', 'coverage']));
  });
});

describe('Eli, who answered 2 on PHQ-9 item 9', () => {
  const phq: Answers = {
    phq9_1: 3,
    phq9_2: 3,
    phq9_3: 2,
    phq9_4: 2,
    phq9_5: 2,
    phq9_6: 2,
    phq9_7: 2,
    phq9_8: 1,
    phq9_9: 2,
  };
  const s = summarize({ ...BASE, ...phq, safety_now: 'no' });

  it('puts the crisis resources themselves on the summary, not urgent', () => {
    expect(s.safety?.urgent).toBe(false);
    expect(s.safety?.resources.map((r) => r.howToReach)).toEqual(
      expect.arrayContaining(['Call or text 988', 'Call 911']),
    );
    const hrefs = s.safety?.resources.flatMap((r) => r.links.map((l) => l.href));
    expect(hrefs).toEqual(expect.arrayContaining(['tel:988', 'sms:988', 'tel:911']));
    expect(s.questions[0]?.id).toBe('safety');
  });

  it('makes it urgent when thoughts are present now or he is not sure', () => {
    expect(summarize({ ...BASE, ...phq, safety_now: 'yes' }).safety?.urgent).toBe(true);
    expect(summarize({ ...BASE, ...phq, safety_now: 'unsure' }).safety?.urgent).toBe(true);
  });

  it('shows his PHQ-9 total and band, and what each option is approved for', () => {
    expect(row(s, 'severity').youSaid[0]).toBe('PHQ-9 score: 19 out of 27 (moderately severe).');
    expect(row(s, 'severity').spravato.some((c) => c.sourceIds.includes('S11'))).toBe(true);
    expect(row(s, 'severity').ketamine.some((c) => /not FDA-approved/.test(c.text))).toBe(true);
  });

  it('has no safety block when item 9 is 0 or not answered', () => {
    expect(summarize({ ...BASE, ...phq, phq9_9: 0 }).safety).toBeNull();
    expect(summarize(BASE).safety).toBeNull();
  });
});

describe('someone who has answered nothing yet', () => {
  const s = summarize({});

  it('still fills both columns and shows no total, no flag and no crisis block', () => {
    expect(s.flags).toEqual([]);
    expect(s.safety).toBeNull();
    expect(row(s, 'severity').youSaid).toEqual(['You did not answer these questions.']);
    expect(s.schedule.spravato.travelHours).toBeNull();
    expect(s.leaning).toEqual({ before: null, after: null });
    expect(s.content.version).toMatch(/\d/);
    expect(s.references.length).toBeGreaterThan(0);
  });
});
