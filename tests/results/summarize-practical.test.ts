/**
 * The "Getting there and each visit" and "Cost and insurance" rows: which line each option gets,
 * its tone for what the person said they can manage, and the travel hours in words.
 * Wording comes from the content module.
 */
import { describe, expect, it } from 'vitest';
import { getQuestion } from '../../src/questions/catalog';
import {
  ANSWER_NAMES,
  COST_TEXT,
  LOGISTICS_TEXT,
  ROW_HEADINGS,
  SUMMARY_TEXT,
} from '../../src/questions/content/summary-text';
import type { Cited } from '../../src/questions/content/types';
import type { Answers, QuestionId } from '../../src/questions/types';
import { costRow, hoursText, logisticsRow } from '../../src/results/summarize-practical';
import { buildSchedule } from '../../src/results/summarize-schedule';
import type { Consideration, Tone } from '../../src/results/summary-types';

const read = (column: readonly Consideration[]) => column.map((c) => [c.text, c.tone]);
const line = (cited: Cited, tone: Tone) => [cited.text, tone];
const toneOf = (column: readonly Consideration[], cited: Cited) =>
  column.find((c) => c.text === cited.text)?.tone;

function label(id: QuestionId, code: string): string {
  const q = getQuestion(id);
  return (q.type === 'number' ? undefined : q.options.find((o) => o.code === code)?.label) ?? '?';
}

const logistics = (answers: Answers) => logisticsRow(answers, buildSchedule(answers));
const LK = LOGISTICS_TEXT.ketamine;
const LS = LOGISTICS_TEXT.spravato;

/**
 * How a ride answer reads for each option: both need a ride home after every visit (no driving
 * for at least 24 hours after IV ketamine [S130], home with a responsible adult [S119]; no driving
 * until the next day after Spravato [S2][S6]), so each answer reads the same for both.
 */
const RIDE_TONES: readonly [string, Tone, Tone][] = [
  ['always', 'fits', 'fits'],
  ['sometimes', 'consider', 'consider'],
  ['never', 'consider', 'consider'],
];

describe('hours in words', () => {
  it('gives one number when the range is a single value', () => {
    expect(hoursText({ min: 36, max: 36 })).toBe(LOGISTICS_TEXT.hours('36'));
  });

  it('gives both ends of a range', () => {
    expect(hoursText({ min: 24, max: 36 })).toBe(LOGISTICS_TEXT.hours('24 to 36'));
  });

  it('says "at least" when there is no set upper limit', () => {
    expect(hoursText({ min: 18, max: null })).toBe(LOGISTICS_TEXT.atLeastHours('18'));
  });
});

describe('the "Getting there and each visit" row', () => {
  it('gives both options every line, all plain information, when nothing was answered', () => {
    const row = logistics({});
    expect(row.factor).toBe('logistics');
    expect(row.heading).toBe(ROW_HEADINGS.logistics);
    expect(row.youSaid).toEqual([SUMMARY_TEXT.nothingSaid]);
    expect(read(row.ketamine)).toEqual([
      line(LK.visits, 'neutral'),
      line(LK.hours, 'neutral'),
      line(LK.ride, 'neutral'),
      line(LK.needle, 'neutral'),
      line(LK.nose, 'neutral'),
    ]);
    expect(read(row.spravato)).toEqual([
      line(LS.visits, 'neutral'),
      line(LS.hours, 'neutral'),
      line(LS.ride, 'neutral'),
      line(LS.needle, 'neutral'),
      line(LS.nose, 'neutral'),
    ]);
  });

  it.each([
    ['1', 'consider'],
    ['2', 'fits'],
    ['3plus', 'fits'],
  ] as const)('reads %s visit(s) a week as %s for both schedules', (code, tone) => {
    const row = logistics({ visits_per_week: code });
    expect(toneOf(row.ketamine, LK.visits)).toBe(tone);
    expect(toneOf(row.spravato, LS.visits)).toBe(tone);
  });

  it.each([
    ['1', 'consider', 'consider'],
    ['2', 'fits', 'consider'],
    ['3plus', 'fits', 'fits'],
  ] as const)(
    'reads a longest visit of %s hour(s) as %s for IV ketamine and %s for Spravato (2 to 3 hours)',
    (code, ketamine, spravato) => {
      const row = logistics({ hours_per_visit: code });
      expect(toneOf(row.ketamine, LK.hours)).toBe(ketamine);
      expect(toneOf(row.spravato, LS.hours)).toBe(spravato);
    },
  );

  it.each(RIDE_TONES)(
    'reads a ride home "%s" as %s for IV ketamine and %s for Spravato',
    (code, k, s) => {
      const row = logistics({ ride: code });
      expect(toneOf(row.ketamine, LK.ride)).toBe(k);
      expect(toneOf(row.spravato, LS.ride)).toBe(s);
    },
  );

  it.each([
    ['fine', 'neutral', 'neutral'],
    ['uneasy', 'consider', 'fits'],
    ['very_hard', 'consider', 'fits'],
  ] as const)('reads needles that are "%s" as %s for the IV and %s for the spray', (code, k, s) => {
    const row = logistics({ needles: code });
    expect(toneOf(row.ketamine, LK.needle)).toBe(k);
    expect(toneOf(row.spravato, LS.needle)).toBe(s);
  });

  it.each([
    ['fine', 'neutral', 'fits'],
    ['problems', 'fits', 'consider'],
  ] as const)('reads a nose that is "%s" as %s for the IV and %s for the spray', (code, k, s) => {
    const row = logistics({ nasal: code });
    expect(toneOf(row.ketamine, LK.nose)).toBe(k);
    expect(toneOf(row.spravato, LS.nose)).toBe(s);
  });

  it('adds the travel for the first series of IV ketamine and the 12 Spravato visits', () => {
    const row = logistics({ travel_minutes: 30 });
    expect(read(row.ketamine).at(-1)).toEqual(
      line(LK.travel(LOGISTICS_TEXT.atLeastHours('6'), LOGISTICS_TEXT.firstSeries(6)), 'neutral'),
    );
    expect(read(row.spravato).at(-1)).toEqual(
      line(LS.travel(LOGISTICS_TEXT.hours('12'), LOGISTICS_TEXT.visitsCount(12)), 'neutral'),
    );
    expect(row.ketamine).toHaveLength(6);
    expect(row.spravato).toHaveLength(6);
  });

  it('cites the schedule sources on the travel lines', () => {
    const row = logistics({ travel_minutes: 30 });
    const k = LK.travel('x', 'y');
    const s = LS.travel('x', 'y');
    expect(row.ketamine.at(-1)?.sourceIds).toEqual([...k.sources]);
    expect(row.spravato.at(-1)?.sourceIds).toEqual([...s.sources]);
  });

  it('asks both columns to think about travel of an hour or more each way, not less', () => {
    const under = logistics({ travel_minutes: 59 });
    const hour = logistics({ travel_minutes: 60 });
    expect(under.ketamine.at(-1)?.tone).toBe('neutral');
    expect(under.spravato.at(-1)?.tone).toBe('neutral');
    expect(hour.ketamine.at(-1)?.tone).toBe('consider');
    expect(hour.spravato.at(-1)?.tone).toBe('consider');
  });

  it('adds no travel line without a travel time, or with one that cannot be right', () => {
    expect(logistics({ ride: 'always' }).ketamine).toHaveLength(5);
    expect(logistics({ travel_minutes: -10 }).spravato).toHaveLength(5);
    expect(logistics({ travel_minutes: -10 }).ketamine).toHaveLength(5);
  });

  it('says the travel time in whole minutes first, then the other answers in question order', () => {
    const row = logistics({
      nasal: 'fine',
      travel_minutes: 42.6,
      ride: 'never',
      needles: 'uneasy',
    });
    expect(row.youSaid).toEqual([
      `${ANSWER_NAMES.travel_minutes}: ${LOGISTICS_TEXT.minutes(43)}.`,
      `${ANSWER_NAMES.ride}: ${label('ride', 'never')}.`,
      `${ANSWER_NAMES.needles}: ${label('needles', 'uneasy')}.`,
      `${ANSWER_NAMES.nasal}: ${label('nasal', 'fine')}.`,
    ]);
  });

  it('uses the schedule it is given for the travel hours', () => {
    const schedule = buildSchedule({ travel_minutes: 30 });
    const row = logisticsRow(
      { travel_minutes: 30 },
      {
        ketamine: { ...schedule.ketamine, travelHours: null },
        spravato: {
          ...schedule.spravato,
          travelHours: { min: 5, max: 7 },
          visits: { min: 9, max: 9 },
        },
      },
    );
    expect(row.ketamine).toHaveLength(5);
    expect(row.spravato.at(-1)?.text).toBe(
      LS.travel(LOGISTICS_TEXT.hours('5 to 7'), LOGISTICS_TEXT.visitsCount(9)).text,
    );
  });
});

const CK = COST_TEXT.ketamine;
const CS = COST_TEXT.spravato;

describe('the "Cost and insurance" row', () => {
  it('with nothing answered, says IV ketamine is usually not covered and gives both price lines', () => {
    const row = costRow({});
    expect(row.factor).toBe('cost');
    expect(row.heading).toBe(ROW_HEADINGS.cost);
    expect(row.youSaid).toEqual([SUMMARY_TEXT.nothingSaid]);
    expect(read(row.ketamine)).toEqual([line(CK.notCovered, 'neutral'), line(CK.price, 'neutral')]);
    expect(read(row.spravato)).toEqual([line(CS.covered, 'neutral'), line(CS.price, 'neutral')]);
  });

  it('with private insurance, says Spravato is often covered and the savings program applies', () => {
    const row = costRow({ coverage: 'private' });
    expect(read(row.spravato)).toEqual([
      line(CS.covered, 'fits'),
      line(CS.savings, 'fits'),
      line(CS.price, 'neutral'),
    ]);
    expect(toneOf(row.ketamine, CK.notCovered)).toBe('consider');
  });

  it.each(['medicare', 'medicaid', 'military'])(
    'with %s, says the savings program is not for government plans',
    (coverage) => {
      const row = costRow({ coverage });
      expect(read(row.spravato)).toEqual([
        line(CS.covered, 'neutral'),
        line(CS.government, 'neutral'),
        line(CS.price, 'neutral'),
      ]);
      expect(toneOf(row.ketamine, CK.notCovered)).toBe('consider');
    },
  );

  it('with no insurance, asks the person to think about paying for Spravato themselves', () => {
    const row = costRow({ coverage: 'none' });
    expect(read(row.spravato)).toEqual([
      line(CS.noInsurance, 'consider'),
      line(CS.price, 'neutral'),
    ]);
    expect(read(row.ketamine)).toEqual([line(CK.notCovered, 'neutral'), line(CK.price, 'neutral')]);
  });

  it('when not sure of the coverage, asks the person to find out, in both columns', () => {
    const row = costRow({ coverage: 'unsure' });
    expect(read(row.ketamine)).toEqual([
      line(CK.notCovered, 'neutral'),
      line(CK.price, 'neutral'),
      line(COST_TEXT.unsureCoverage, 'neutral'),
    ]);
    expect(read(row.spravato)).toEqual([
      line(CS.covered, 'neutral'),
      line(CS.price, 'neutral'),
      line(COST_TEXT.unsureCoverage, 'neutral'),
    ]);
  });

  it.each([
    ['under500', 'consider'],
    ['500to2000', 'consider'],
    ['2000to5000', 'consider'],
    ['over5000', 'neutral'],
    ['unsure', 'neutral'],
  ] as const)(
    'reads what the person could pay (%s) against the IV ketamine price as %s',
    (oop, tone) => {
      expect(toneOf(costRow({ oop_limit: oop }).ketamine, CK.price)).toBe(tone);
    },
  );

  it('lists the insurance and what the person could pay, in that order', () => {
    const row = costRow({ oop_limit: 'over5000', coverage: 'medicaid' });
    expect(row.youSaid).toEqual([
      `${ANSWER_NAMES.coverage}: ${label('coverage', 'medicaid')}.`,
      `${ANSWER_NAMES.oop_limit}: ${label('oop_limit', 'over5000')}.`,
    ]);
  });

  it('cites each cost line', () => {
    const row = costRow({ coverage: 'private' });
    expect(row.spravato[1]?.sourceIds).toEqual([...CS.savings.sources]);
    expect(row.ketamine[1]?.sourceIds).toEqual([...CK.price.sources]);
  });
});
