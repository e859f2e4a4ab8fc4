import { describe, expect, it } from 'vitest';
import { NO_FLAGS_TEXT, SUMMARY_TEXT } from '../../src/questions/content/summary-text';
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

  it('flags a label contraindication for both options, citing each label', () => {
    expect(s.flags[0]?.id).toBe('flag:cx_aneurysm:both');
    expect(s.flags[0]?.level).toBe('label_contraindication');
    expect(s.flags[0]?.sourceIds).toEqual(expect.arrayContaining(['S2', 'S3', 'S125', 'S126']));
    expect(s.flags[0]?.whatToDo).toMatch(/Spravato label says not to use Spravato/);
    expect(s.flags[0]?.whatToDo).toMatch(/label for ketamine as an anesthetic says not to use/);
  });

  it('says for IV ketamine what the anesthetic label says, and that no label covers depression', () => {
    const meaning = s.flags[0]?.meaning ?? [];
    expect(meaning.map((m) => [m.option, m.level])).toEqual([
      ['ketamine', 'label_contraindication'],
      ['spravato', 'label_contraindication'],
    ]);
    expect(meaning[0]?.text).toMatch(/No label covers ketamine for depression/);
    expect(meaning[0]?.text).toMatch(
      /label for ketamine as an anesthetic says not to use it when a big rise in blood pressure would be a serious danger/,
    );
    expect(meaning[0]?.sourceIds).toEqual(['S33', 'S125', 'S126', 'S49']);
    expect(meaning[1]?.text).toMatch(/aneurysm, a bulge in a blood vessel/);
    expect(meaning[1]?.sourceIds).toEqual(['S2', 'S3']);
  });

  it('raises one flag and marks both health columns for thought, each naming its own label', () => {
    expect(s.flags).toHaveLength(1);
    const health = row(s, 'health');
    expect(health.spravato[0]).toMatchObject({
      tone: 'consider',
      text: 'Aneurysm. The Spravato label says not to use it.',
    });
    expect(health.ketamine[0]).toMatchObject({
      tone: 'consider',
      text: 'Aneurysm. Its label as an anesthetic says not to use it.',
    });
  });

  it('asks one question about the aneurysm that covers both labels', () => {
    const health = s.questions.filter((q) => q.text.includes('aneurysm'));
    expect(health).toEqual([
      {
        id: 'health-label',
        text: 'With an aneurysm, does a label rule out Spravato or IV ketamine for me?',
      },
    ]);
  });
});

/** The level of each option's point in the one flag these answers raise. */
function levelsOf(answers: Answers) {
  const flags = summarize({ ...BASE, ...answers }).flags;
  expect(flags).toHaveLength(1);
  return {
    flag: flags[0],
    levels: Object.fromEntries((flags[0]?.meaning ?? []).map((m) => [m.option, m.level])),
  };
}

describe('health answers where the sources support a more serious level than before', () => {
  it('Fay, allergic to ketamine: a label contraindication for both, the anesthetic label for IV ketamine', () => {
    const { flag, levels } = levelsOf({ cx_allergy: 'yes' });
    expect(levels).toEqual({
      ketamine: 'label_contraindication',
      spravato: 'label_contraindication',
    });
    expect(flag?.title).toBe('Allergy to ketamine or esketamine');
    expect(flag?.meaning[0]?.text).toMatch(
      /label for ketamine as an anesthetic says not to use it/,
    );
    expect(flag?.meaning[0]?.sourceIds).toContain('S125');
  });

  it('Hal, with raised pressure in the head: talk it over for both, Spravato citing its label warning', () => {
    const { flag, levels } = levelsOf({ cx_head: 'yes' });
    expect(levels).toEqual({ ketamine: 'needs_discussion', spravato: 'needs_discussion' });
    expect(flag?.meaning[1]?.text).toMatch(/pressure inside the head would be a serious risk/);
    expect(flag?.meaning[1]?.sourceIds).toEqual(['S3']);
    expect(flag?.meaning[0]?.text).toMatch(/fluid around the brain/);
  });

  it('Ivy, on a benzodiazepine: talk it over for both, IV ketamine citing the anesthetic label on sedation', () => {
    const { flag, levels } = levelsOf({ cx_meds: ['benzodiazepine'] });
    expect(levels).toEqual({ ketamine: 'needs_discussion', spravato: 'needs_discussion' });
    expect(flag?.meaning[0]?.text).toMatch(/very deep sleep and slowed breathing/);
    expect(flag?.meaning[0]?.sourceIds).toEqual(['S121']);
  });

  it('Jon, with severe liver disease: talk it over for both, IV ketamine citing the liver injury warning', () => {
    const { flag, levels } = levelsOf({ cx_liver: 'yes' });
    expect(levels).toEqual({ ketamine: 'needs_discussion', spravato: 'needs_discussion' });
    expect(flag?.meaning[0]?.text).toMatch(/can harm the liver/);
    expect(flag?.meaning[0]?.sourceIds).toContain('S121');
    expect(flag?.meaning[1]?.sourceIds).toEqual(['S2']);
  });

  it('Kim, whose blood pressure is high now: names the anesthetic label for IV ketamine and the Spravato label warning', () => {
    const { flag, levels } = levelsOf({ cx_bp: 'high_now' });
    expect(levels).toEqual({ ketamine: 'needs_discussion', spravato: 'needs_discussion' });
    expect(flag?.meaning[0]?.text).toMatch(
      /^The label for ketamine as an anesthetic says not to use it/,
    );
    expect(flag?.meaning[0]?.sourceIds).toEqual(expect.arrayContaining(['S125', 'S49']));
    expect(flag?.meaning[1]?.text).toMatch(
      /label warns about people for whom a rise in blood pressure/,
    );
    const controlled = levelsOf({ cx_bp: 'controlled' }).flag;
    expect(controlled?.meaning[0]?.text).not.toMatch(/anesthetic/);
  });

  it('says for every blood pressure figure what counted, within what time, and what kind of study', () => {
    const heart = levelsOf({ cx_heart: 'yes' }).flag;
    expect(heart?.meaning[1]?.text).toMatch(/40 or more.*25 or more, within 1\.5 hours/);
    expect(heart?.meaning[1]?.text).toMatch(/compared it with a placebo spray/);
    const bp = levelsOf({ cx_bp: 'controlled' }).flag;
    expect(bp?.meaning[0]?.text).toMatch(/review of clinic records/);
    expect(bp?.meaning[0]?.text).toMatch(/at least once over all their infusions/);
    expect(bp?.meaning[0]?.text).toMatch(/no comparison group, unlike the Spravato trials/);
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
      'With an aneurysm, an AVM, bleeding inside the brain and an allergy to ketamine, does a label rule out Spravato or IV ketamine for me?',
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

  it('works out IV ketamine: 6 or more visits, at least 7 hours there, 18 hours driving and 6 or more rides', () => {
    const k = s.schedule.ketamine;
    expect(k.visits).toEqual({ min: 6, max: null });
    expect(k.clinicHours).toEqual({ min: 7, max: null });
    expect(k.travelHours).toEqual({ min: 18, max: null });
    expect(k.ridesNeeded).toEqual({ min: 6, max: null });
    expect(k.rides).toMatch(/responsible adult after every infusion/);
    expect(k.rides).toMatch(/at least 24 hours/);
    expect(k.sourceIds).toEqual(expect.arrayContaining(['S119', 'S130']));
    expect(k.rides).not.toMatch(/sources do not say/i);
    expect(k.notes.join(' ')).toMatch(/no standard/);
  });

  it('counts a ride home after every visit for both options, each with its own rule and source', () => {
    const l = row(s, 'logistics');
    const ride = (points: readonly Consideration[]) => points.find((p) => /ride home/.test(p.text));
    expect(ride(l.ketamine)).toMatchObject({ tone: 'consider', sourceIds: ['S130', 'S119'] });
    expect(ride(l.ketamine)?.text).toMatch(/No driving for at least 24 hours/);
    expect(ride(l.spravato)).toMatchObject({ tone: 'consider', sourceIds: ['S2', 'S6'] });
    const withRide = summarize({ ...BASE, ride: 'always' });
    const rideRow = row(withRide, 'logistics');
    expect(ride(rideRow.ketamine)?.tone).toBe('fits');
    expect(ride(rideRow.spravato)?.tone).toBe('fits');
  });

  it('marks the ride and the travel for thought in both columns, and the visit load as fitting', () => {
    const l = row(s, 'logistics');
    expect(toneOf(l.spravato, /No driving until the next day/)).toBe('consider');
    expect(toneOf(l.ketamine, /ride home with a responsible adult/)).toBe('consider');
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

describe('health questions skipped or all answered no', () => {
  const NO_HEALTH: Answers = { age_band: '18to64', has_depression_dx: 'yes', travel_minutes: 30 };

  it('never reads as an all-clear when the health questions were skipped', () => {
    const s = summarize(NO_HEALTH);
    expect(s.flags).toEqual([]);
    expect(s.healthAnswered).toBe('none');
    expect(NO_FLAGS_TEXT[s.healthAnswered]).toMatch(/You did not answer the health questions/);
    expect(NO_FLAGS_TEXT[s.healthAnswered]).toMatch(/not an all-clear/);
    expect(row(s, 'health').youSaid).toEqual(['You did not answer these questions.']);
    expect(row(s, 'health').ketamine[0]?.text).toMatch(/You did not answer the health questions/);
  });

  it('says some were skipped when only some were answered, and how many', () => {
    const s = summarize({ ...NO_HEALTH, cx_aneurysm: 'no', cx_bp: 'no' });
    expect(s.healthAnswered).toBe('some');
    expect(NO_FLAGS_TEXT[s.healthAnswered]).toMatch(
      /You skipped some, so this is not an all-clear/,
    );
    expect(row(s, 'health').youSaid).toEqual([
      'None of your health answers raised a flag.',
      'You did not answer 13 of the health questions.',
    ]);
  });

  it('says every answer was no when all were answered no, never "you did not answer"', () => {
    const s = summarize(BASE);
    expect(s.healthAnswered).toBe('all');
    expect(NO_FLAGS_TEXT[s.healthAnswered]).toBe(SUMMARY_TEXT.noFlags);
    expect(row(s, 'health').youSaid).toEqual(['You answered no to every health question.']);
    expect(row(s, 'health').youSaid.join(' ')).not.toMatch(/did not answer/);
  });

  it('names the skipped ones next to the flags when some answers raised a flag', () => {
    const s = summarize({ ...NO_HEALTH, cx_liver: 'yes' });
    expect(row(s, 'health').youSaid).toEqual([
      'Severe liver disease: Yes.',
      'You did not answer 14 of the health questions.',
    ]);
  });
});
