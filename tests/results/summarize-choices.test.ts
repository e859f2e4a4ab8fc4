/**
 * What matters to the person, the health row and the questions to ask: which lines and questions
 * appear for which answers, in which order. Wording comes from the content module; flag levels
 * come from FLAG_LEVELS (see summarize-flags.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { getQuestion } from '../../src/questions/catalog';
import { HEALTH_TEXT } from '../../src/questions/content/health-row-text';
import { PRIORITY_FACTS, VALUES_TEXT } from '../../src/questions/content/priority-facts';
import { QUESTION_TEXT } from '../../src/questions/content/question-text';
import {
  ANSWER_NAMES,
  IMPORTANCE_LABELS,
  OPTION_LEVEL_LABELS,
  ROW_HEADINGS,
  SUMMARY_TEXT,
} from '../../src/questions/content/summary-labels';
import type { Answers, OptionId } from '../../src/questions/types';
import { safetyBlock } from '../../src/results/summarize';
import {
  HOLDERS,
  VALUE_QUESTIONS,
  buildPriorities,
  buildQuestions,
  healthRow,
  valuesRow,
} from '../../src/results/summarize-choices';
import { FLAG_LEVELS, HEALTH_QUESTIONS, buildFlags } from '../../src/results/summarize-flags';
import type { FlagLevel } from '../../src/results/summary-types';

const SERIOUSNESS: readonly FlagLevel[] = ['label_contraindication', 'needs_discussion', 'info'];

function label(id: 'leaning', code: string): string {
  const q = getQuestion(id);
  return (q.type === 'number' ? undefined : q.options.find((o) => o.code === code)?.label) ?? '?';
}

describe('what matters to the person', () => {
  it('lists only values rated 2 (quite) or 3 (very important), in catalogue order', () => {
    const priorities = buildPriorities({
      v_long_term_data: 3,
      v_fda_depression: 2,
      v_no_needles: 1,
      v_insurance: 0,
    });
    expect(priorities.map((p) => [p.question, p.importance, p.importanceLabel])).toEqual([
      ['v_fda_depression', 2, IMPORTANCE_LABELS[2]],
      ['v_long_term_data', 3, IMPORTANCE_LABELS[3]],
    ]);
  });

  it('ignores a rating that is not 2 or 3, such as 2.5 or a word', () => {
    expect(buildPriorities({ v_evidence: 2.5, v_insurance: '3' as unknown as number })).toEqual([]);
  });

  it.each(VALUE_QUESTIONS)(
    'names the value %s as asked, says which option has it, and gives each option its cited fact',
    (id) => {
      const [p] = buildPriorities({ [id]: 3 });
      const facts = PRIORITY_FACTS[id];
      expect(p?.value).toBe(getQuestion(id).text);
      expect(p?.holder).toBe(HOLDERS[id]);
      expect(p?.holderText).toBe(facts.holderText);
      expect([p?.ketamine.text, p?.ketamine.sourceIds]).toEqual([
        facts.ketamine.text,
        [...facts.ketamine.sources],
      ]);
      expect([p?.spravato.text, p?.spravato.sourceIds]).toEqual([
        facts.spravato.text,
        [...facts.spravato.sources],
      ]);
    },
  );

  it.each(VALUE_QUESTIONS)(
    'marks the option that has %s as fitting and the other for thought, or both neutral when unclear',
    (id) => {
      const [p] = buildPriorities({ [id]: 2 });
      const tone = (option: OptionId) => {
        if (HOLDERS[id] === 'unclear') return 'neutral';
        return HOLDERS[id] === option ? 'fits' : 'consider';
      };
      expect(p?.ketamine.tone).toBe(tone('ketamine'));
      expect(p?.spravato.tone).toBe(tone('spravato'));
    },
  );

  it('says which option has a feature: Spravato for needles, IV ketamine for shorter visits', () => {
    expect(HOLDERS.v_no_needles).toBe('spravato');
    expect(HOLDERS.v_shorter_visits).toBe('ketamine');
    const [needles, shorter] = buildPriorities({ v_no_needles: 3, v_shorter_visits: 3 });
    expect([needles?.ketamine.tone, needles?.spravato.tone]).toEqual(['consider', 'fits']);
    expect([shorter?.ketamine.tone, shorter?.spravato.tone]).toEqual(['fits', 'consider']);
  });
});

describe('the "What matters to you" row', () => {
  it('says nothing was rated highly, in both columns, when nothing was', () => {
    const row = valuesRow({}, []);
    expect(row.factor).toBe('values');
    expect(row.heading).toBe(ROW_HEADINGS.values);
    expect(row.youSaid).toEqual([SUMMARY_TEXT.nothingSaid]);
    expect(row.ketamine.map((c) => [c.text, c.tone])).toEqual([
      [VALUES_TEXT.noneRated.text, 'neutral'],
    ]);
    expect(row.spravato.map((c) => [c.text, c.tone])).toEqual([
      [VALUES_TEXT.noneRated.text, 'neutral'],
    ]);
  });

  it('lists each value rated highly and the leaning, and gives each option its fact per value', () => {
    const answers: Answers = { v_evidence: 3, v_no_needles: 2, leaning: 'unsure' };
    const priorities = buildPriorities(answers);
    const row = valuesRow(answers, priorities);
    expect(row.youSaid).toEqual([
      VALUES_TEXT.ratedLine(getQuestion('v_no_needles').text, IMPORTANCE_LABELS[2]),
      VALUES_TEXT.ratedLine(getQuestion('v_evidence').text, IMPORTANCE_LABELS[3]),
      `${ANSWER_NAMES.leaning}: ${label('leaning', 'unsure')}.`,
    ]);
    expect(row.ketamine.map((c) => c.text)).toEqual([
      PRIORITY_FACTS.v_no_needles.ketamine.text,
      PRIORITY_FACTS.v_evidence.ketamine.text,
    ]);
    expect(row.spravato.map((c) => c.text)).toEqual([
      PRIORITY_FACTS.v_no_needles.spravato.text,
      PRIORITY_FACTS.v_evidence.spravato.text,
    ]);
  });

  it('shows the leaning even when no value was rated highly', () => {
    const row = valuesRow({ leaning: 'neither' }, []);
    expect(row.youSaid).toEqual([`${ANSWER_NAMES.leaning}: ${label('leaning', 'neither')}.`]);
  });
});

/** Every health answer that raises a flag. */
const EVERY_FLAG: Answers = Object.fromEntries(
  HEALTH_QUESTIONS.map((id) => [
    id,
    id === 'cx_meds'
      ? ['opioid']
      : id === 'cx_bp'
        ? 'high_now'
        : id === 'cx_pregnant'
          ? 'pregnant'
          : 'yes',
  ]),
);

describe('the health row', () => {
  it('says the health questions were not answered, then who each option is not for', () => {
    const row = healthRow({}, []);
    expect(row.factor).toBe('health');
    expect(row.heading).toBe(ROW_HEADINGS.health);
    expect(row.youSaid).toEqual([SUMMARY_TEXT.nothingSaid]);
    for (const option of ['ketamine', 'spravato'] as const) {
      expect(row[option].map((c) => [c.text, c.tone])).toEqual([
        [HEALTH_TEXT.notAnswered.text, 'neutral'],
        [HEALTH_TEXT[option].general.text, 'neutral'],
      ]);
    }
  });

  it('says none of the answers is on the list when all were answered no, or no medicine', () => {
    for (const answers of [{ cx_bp: 'no' }, { cx_meds: ['none'] }] as Answers[]) {
      const row = healthRow(answers, buildFlags(answers));
      expect(row.ketamine.map((c) => c.text)).toEqual([
        HEALTH_TEXT.noneForOption.text,
        HEALTH_TEXT.ketamine.general.text,
      ]);
      expect(row.spravato.map((c) => c.text)).toEqual([
        HEALTH_TEXT.noneForOption.text,
        HEALTH_TEXT.spravato.general.text,
      ]);
    }
  });

  it('lists each flag as "title: answer", in flag order, then how many were skipped', () => {
    const answers: Answers = { cx_bp: 'high_now', cx_avm: 'yes' };
    const flags = buildFlags(answers);
    expect(healthRow(answers, flags).youSaid).toEqual([
      ...flags.map((f) => `${f.title}: ${f.answered}.`),
      HEALTH_TEXT.skipped(HEALTH_QUESTIONS.length - 2),
    ]);
  });

  it.each(['ketamine', 'spravato'] as const)(
    'gives the %s column one line per flag at that option’s level, most serious first, then the general line',
    (option) => {
      const flags = buildFlags(EVERY_FLAG);
      const row = healthRow(EVERY_FLAG, flags);
      const levelOf = (id: (typeof HEALTH_QUESTIONS)[number]) => FLAG_LEVELS[id][option];
      const expected = SERIOUSNESS.flatMap((level) =>
        flags
          .filter((f) => levelOf(f.question as (typeof HEALTH_QUESTIONS)[number]) === level)
          .map((f) => [
            HEALTH_TEXT.flagLine(f.title, OPTION_LEVEL_LABELS[option][level]),
            level === 'info' ? 'neutral' : 'consider',
          ]),
      );
      expect(row[option].map((c) => [c.text, c.tone])).toEqual([
        ...expected,
        [HEALTH_TEXT[option].general.text, 'neutral'],
      ]);
    },
  );

  it('cites each flag line with the sources of that option’s point', () => {
    const flags = buildFlags({ cx_liver: 'yes' });
    const row = healthRow({ cx_liver: 'yes' }, flags);
    const point = (o: OptionId) => flags[0]?.meaning.find((m) => m.option === o)?.sourceIds;
    expect(row.ketamine[0]?.sourceIds).toEqual(point('ketamine'));
    expect(row.spravato[0]?.sourceIds).toEqual(point('spravato'));
  });

  it('adds "find out before your visit" to a line the person was not sure about, and only to it', () => {
    const answers: Answers = { cx_psychosis: 'unsure', cx_bladder: 'yes' };
    const flags = buildFlags(answers);
    const row = healthRow(answers, flags);
    const lineFor = (title: string) => row.spravato.find((c) => c.text.startsWith(title))?.text;
    expect(lineFor(flags[0]?.title ?? '')).toMatch(/.+/);
    const psychosis = flags.find((f) => f.question === 'cx_psychosis');
    const bladder = flags.find((f) => f.question === 'cx_bladder');
    expect(lineFor(psychosis?.title ?? '-')).toBe(
      HEALTH_TEXT.flagLine(
        psychosis?.title ?? '',
        OPTION_LEVEL_LABELS.spravato[FLAG_LEVELS.cx_psychosis.spravato],
      ) + HEALTH_TEXT.findOutSuffix,
    );
    expect(lineFor(bladder?.title ?? '-')).toBe(
      HEALTH_TEXT.flagLine(
        bladder?.title ?? '',
        OPTION_LEVEL_LABELS.spravato[FLAG_LEVELS.cx_bladder.spravato],
      ),
    );
  });
});

/** The questions to ask, by id, for these answers. */
function asked(answers: Answers): string[] {
  return buildQuestions(answers, buildFlags(answers), safetyBlock(answers)).map((q) => q.id);
}

/** Asked of everyone, last, in this order. */
const GENERAL = ['ketamine-ride', 'boosters', 'spravato-after', 'how-will-we-know', 'others'];

describe('questions to ask the clinician', () => {
  it('asks everyone about driving after ketamine, boosters, visits after week 8, progress and other options', () => {
    expect(asked({})).toEqual(GENERAL);
    const texts = buildQuestions({}, [], null).map((q) => q.text);
    expect(texts).toEqual([
      QUESTION_TEXT.ketamineRide,
      QUESTION_TEXT.boosters,
      QUESTION_TEXT.spravatoAfter,
      QUESTION_TEXT.howWillWeKnow,
      QUESTION_TEXT.others,
    ]);
  });

  it('puts every question in a fixed order, the safety question first', () => {
    const answers: Answers = {
      ...EVERY_FLAG,
      cx_heart: 'unsure',
      phq9_9: 1,
      ad_trials: '1',
      ad_current: 'yes',
      coverage: 'private',
      ride: 'never',
      needles: 'uneasy',
      nasal: 'problems',
      ketamine_before: 'helped',
    };
    expect(asked(answers)).toEqual([
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
  });

  it('asks the safety question only when there is a crisis block', () => {
    expect(buildQuestions({}, [], null).map((q) => q.id)).not.toContain('safety');
    const block = safetyBlock({ phq9_9: 3 });
    const questions = buildQuestions({ phq9_9: 3 }, [], block);
    expect(questions[0]).toEqual({ id: 'safety', text: QUESTION_TEXT.safety });
  });

  it('names the label contraindications in one question, in flag order, and the rest in another', () => {
    const answers: Answers = {
      cx_allergy: 'yes',
      cx_avm: 'yes',
      cx_bladder: 'yes',
      cx_bp: 'controlled',
    };
    const flags = buildFlags(answers);
    const questions = buildQuestions(answers, flags, null);
    const names = (level: FlagLevel) => flags.filter((f) => f.level === level).map((f) => f.name);
    expect(questions.find((q) => q.id === 'health-label')?.text).toBe(
      QUESTION_TEXT.labelFlags(names('label_contraindication')),
    );
    expect(questions.find((q) => q.id === 'health-discuss')?.text).toBe(
      QUESTION_TEXT.discussFlags(names('needs_discussion')),
    );
  });

  it('leaves out of the label and talk-it-over questions what the person was not sure about', () => {
    const answers: Answers = { cx_avm: 'unsure', cx_bladder: 'unsure' };
    expect(asked(answers)).toEqual(['find-out', ...GENERAL]);
    const questions = buildQuestions(answers, buildFlags(answers), null);
    expect(questions[0]?.text).toBe(QUESTION_TEXT.findOut);
  });

  it('asks one label question naming only the sure answers when some are not sure', () => {
    const answers: Answers = { cx_avm: 'unsure', cx_aneurysm: 'yes' };
    const flags = buildFlags(answers);
    const [label] = buildQuestions(answers, flags, null);
    expect(label?.text).toBe(
      QUESTION_TEXT.labelFlags(flags.filter((f) => !f.findOut).map((f) => f.name)),
    );
  });

  it.each([
    ['0', true],
    ['1', true],
    ['unsure', true],
    ['2', false],
    ['3plus', false],
  ])('asks whether the antidepressants tried count (%s tried: %s)', (trials, asks) => {
    expect(asked({ ad_trials: trials }).includes('ad-trials')).toBe(asks);
  });

  it('asks about the current antidepressant only when the person takes one', () => {
    expect(asked({ ad_current: 'yes' })).toEqual(['ad-current', ...GENERAL]);
    expect(asked({ ad_current: 'no' })).toEqual(GENERAL);
  });

  it.each(['private', 'medicare', 'medicaid', 'military', 'unsure'])(
    'with coverage "%s", asks what insurance pays for Spravato and what a ketamine series costs',
    (coverage) => {
      expect(asked({ coverage })).toEqual(['coverage', 'ketamine-cost', ...GENERAL]);
    },
  );

  it('with no insurance, asks only what a ketamine series costs', () => {
    expect(asked({ coverage: 'none' })).toEqual(['ketamine-cost', ...GENERAL]);
  });

  it('asks what a ketamine series costs once the person says what they could pay', () => {
    expect(asked({ oop_limit: 'over5000' })).toEqual(['ketamine-cost', ...GENERAL]);
  });

  it.each([
    ['never', true],
    ['sometimes', true],
    ['always', false],
  ])('asks how to get home when a ride is there "%s": %s', (ride, asks) => {
    expect(asked({ ride }).includes('ride')).toBe(asks);
  });

  it.each([
    ['uneasy', true],
    ['very_hard', true],
    ['fine', false],
  ])('asks for help with needles that are "%s": %s', (needles, asks) => {
    expect(asked({ needles }).includes('needles')).toBe(asks);
  });

  it('asks about nose problems only when the person might have trouble with a spray', () => {
    expect(asked({ nasal: 'problems' })).toContain('nasal');
    expect(asked({ nasal: 'fine' })).not.toContain('nasal');
  });

  it.each([
    ['ketamine_before', 'helped'],
    ['ketamine_before', 'not_helped'],
    ['ketamine_before', 'side_effects'],
    ['esketamine_before', 'helped'],
    ['esketamine_before', 'not_helped'],
    ['esketamine_before', 'side_effects'],
  ])('asks what an earlier course means when %s is %s', (id, code) => {
    expect(asked({ [id]: code })).toEqual(['ketamine-ride', 'before', ...GENERAL.slice(1)]);
  });

  it('does not ask about an earlier course that never happened', () => {
    expect(asked({ ketamine_before: 'not_tried', esketamine_before: 'not_tried' })).toEqual(
      GENERAL,
    );
  });

  it('gives each question its text from the content', () => {
    const answers: Answers = {
      ad_trials: '0',
      ad_current: 'yes',
      coverage: 'medicare',
      ride: 'sometimes',
      needles: 'very_hard',
      nasal: 'problems',
      esketamine_before: 'side_effects',
      cx_heart: 'unsure',
    };
    const byId = Object.fromEntries(
      buildQuestions(answers, buildFlags(answers), null).map((q) => [q.id, q.text]),
    );
    expect(byId).toEqual({
      'find-out': QUESTION_TEXT.findOut,
      'ad-trials': QUESTION_TEXT.adTrials,
      'ad-current': QUESTION_TEXT.adCurrent,
      coverage: QUESTION_TEXT.coverage,
      'ketamine-cost': QUESTION_TEXT.ketamineCost,
      ride: QUESTION_TEXT.ride,
      'ketamine-ride': QUESTION_TEXT.ketamineRide,
      needles: QUESTION_TEXT.needles,
      nasal: QUESTION_TEXT.nasal,
      before: QUESTION_TEXT.before,
      boosters: QUESTION_TEXT.boosters,
      'spravato-after': QUESTION_TEXT.spravatoAfter,
      'how-will-we-know': QUESTION_TEXT.howWillWeKnow,
      others: QUESTION_TEXT.others,
    });
  });
});
