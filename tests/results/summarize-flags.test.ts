/**
 * Health flags, one answer at a time: which answers raise a flag, what the person reads in it
 * (what they answered, what it means for each option, what to do) and the order flags come in.
 * Wording comes from the content module; levels come from FLAG_LEVELS, so a change of level there
 * changes what these tests expect, not whether they pass.
 */
import { describe, expect, it } from 'vitest';
import { getQuestion } from '../../src/questions/catalog';
import {
  FLAG_ANSWERS,
  FLAG_EXTRA_TO_DO,
  FLAG_TEXT,
  FLAG_VARIANTS,
  FLAG_WHAT_TO_DO,
} from '../../src/questions/content/summary-text';
import type { Answers, OptionId } from '../../src/questions/types';
import {
  FLAG_LEVELS,
  HEALTH_QUESTIONS,
  LABEL_CONTRAINDICATIONS,
  buildFlags,
  byLevel,
  type HealthQuestionId,
} from '../../src/results/summarize-flags';
import type { Flag, FlagLevel } from '../../src/results/summary-types';

/** Most serious first: the order the summary promises. */
const SERIOUSNESS: readonly FlagLevel[] = ['label_contraindication', 'needs_discussion', 'info'];
const rank = (level: FlagLevel) => SERIOUSNESS.indexOf(level);

/** The answer's label as the catalogue shows it. */
function label(id: HealthQuestionId, code: string): string {
  const q = getQuestion(id);
  const found = q.type === 'number' ? undefined : q.options.find((o) => o.code === code);
  if (!found) throw new Error(`${id} has no option ${code}`);
  return found.label;
}

/** The only flag raised by these answers. */
function onlyFlag(answers: Answers): Flag {
  const flags = buildFlags(answers);
  expect(flags).toHaveLength(1);
  return flags[0] as Flag;
}

/** The level a flag should have: the more serious of its two options' levels. */
/** What to do for a "yes": a label rule for both options names both labels. */
function expectedToDo(id: HealthQuestionId): string {
  const { ketamine, spravato } = FLAG_LEVELS[id];
  return ketamine === 'label_contraindication' && spravato === 'label_contraindication'
    ? FLAG_WHAT_TO_DO.label_contraindication_both
    : FLAG_WHAT_TO_DO[expectedLevel(id)];
}

function expectedLevel(id: HealthQuestionId): FlagLevel {
  const { ketamine, spravato } = FLAG_LEVELS[id];
  return rank(ketamine) <= rank(spravato) ? ketamine : spravato;
}

/** The option a flag belongs to: the one at the flag's level, or both when they share it. */
function expectedOption(id: HealthQuestionId): OptionId | 'both' {
  const { ketamine, spravato } = FLAG_LEVELS[id];
  if (ketamine === spravato) return 'both';
  return rank(ketamine) < rank(spravato) ? 'ketamine' : 'spravato';
}

const YES_NO_QUESTIONS = HEALTH_QUESTIONS.filter((id) => {
  const q = getQuestion(id);
  return q.type === 'single' && q.options.some((o) => o.code === 'yes');
});

describe('which health answers raise a flag', () => {
  it('raises nothing when no health question is answered', () => {
    expect(buildFlags({})).toEqual([]);
  });

  it.each(HEALTH_QUESTIONS.filter((id) => id !== 'cx_meds'))(
    'raises nothing for "no" to %s',
    (id) => {
      expect(buildFlags({ [id]: 'no' })).toEqual([]);
    },
  );

  it('raises nothing for a code the catalogue does not know, or a number where a code belongs', () => {
    expect(buildFlags({ cx_bp: 'sometimes', cx_pregnant: 'maybe', cx_heart: 1 })).toEqual([]);
  });

  it('raises nothing for a code that belongs to another health question', () => {
    expect(
      buildFlags({ cx_heart: 'high_now', cx_liver: 'controlled', cx_head: 'pregnant' }),
    ).toEqual([]);
  });

  it('raises nothing when the person takes none of the listed medicines', () => {
    expect(buildFlags({ cx_meds: ['none'] })).toEqual([]);
    expect(buildFlags({ cx_meds: [] })).toEqual([]);
  });

  it.each(YES_NO_QUESTIONS)('raises one flag for "yes" to %s, saying they answered yes', (id) => {
    const flag = onlyFlag({ [id]: 'yes' });
    expect(flag.question).toBe(id);
    expect(flag.answered).toBe(FLAG_ANSWERS.yes);
    expect(flag.findOut).toBe(false);
  });
});

describe('what a flag says', () => {
  it.each(HEALTH_QUESTIONS.filter((id) => id !== 'cx_meds' && id !== 'cx_pregnant'))(
    'gives %s its title, short name and a cited line for IV ketamine, then Spravato',
    (id) => {
      const flag = onlyFlag({ [id]: id === 'cx_bp' ? 'controlled' : 'yes' });
      expect(flag.title).toBe(FLAG_TEXT[id].title);
      expect(flag.name).toBe(FLAG_TEXT[id].name);
      expect(flag.meaning.map((m) => [m.option, m.level, m.text, m.sourceIds])).toEqual([
        [
          'ketamine',
          FLAG_LEVELS[id].ketamine,
          FLAG_TEXT[id].ketamine.text,
          [...FLAG_TEXT[id].ketamine.sources],
        ],
        [
          'spravato',
          FLAG_LEVELS[id].spravato,
          FLAG_TEXT[id].spravato.text,
          [...FLAG_TEXT[id].spravato.sources],
        ],
      ]);
    },
  );

  it.each(HEALTH_QUESTIONS)(
    'gives %s the more serious level of its two lines, the option that has it, and an id naming both',
    (id) => {
      const flag = onlyFlag({
        [id]: id === 'cx_meds' ? ['opioid'] : id === 'cx_bp' ? 'controlled' : 'yes',
      });
      expect(flag.level).toBe(expectedLevel(id));
      expect(flag.option).toBe(expectedOption(id));
      expect(flag.id).toBe(`flag:${id}:${expectedOption(id)}`);
    },
  );

  it.each(HEALTH_QUESTIONS.filter((id) => id !== 'cx_meds' && id !== 'cx_bp'))(
    'tells the person what to do for "yes" to %s from the flag level alone',
    (id) => {
      expect(onlyFlag({ [id]: 'yes' }).whatToDo).toBe(expectedToDo(id));
    },
  );

  it('lists every source of both lines once, IV ketamine first', () => {
    // A question whose two lines share a source, so that listing each once can be seen.
    const shared = YES_NO_QUESTIONS.find((id) =>
      FLAG_TEXT[id].ketamine.sources.some((x) => FLAG_TEXT[id].spravato.sources.includes(x)),
    );
    expect(shared).toBeDefined();
    const id = shared!;
    const flag = onlyFlag({ [id]: 'yes' });
    const k = FLAG_TEXT[id].ketamine.sources;
    const s = FLAG_TEXT[id].spravato.sources;
    expect(flag.sourceIds).toEqual([...new Set([...k, ...s])]);
    expect(flag.sourceIds.length).toBeLessThan(k.length + s.length);
  });

  it.each(LABEL_CONTRAINDICATIONS)(
    'makes "yes" to %s a Spravato label contraindication, the most serious level',
    (id) => {
      const flag = onlyFlag({ [id]: 'yes' });
      expect(flag.level).toBe('label_contraindication');
      expect(flag.meaning.find((m) => m.option === 'spravato')?.level).toBe(
        'label_contraindication',
      );
      expect(flag.whatToDo).toBe(expectedToDo(id));
    },
  );
});

describe('not sure', () => {
  it.each(HEALTH_QUESTIONS.filter((id) => id !== 'cx_meds' && id !== 'cx_bp'))(
    'turns "not sure" about %s into a flag that says to find out, with the usual lines',
    (id) => {
      const flag = onlyFlag({ [id]: 'unsure' });
      expect(flag.answered).toBe(FLAG_ANSWERS.unsure);
      expect(flag.findOut).toBe(true);
      expect(flag.whatToDo).toBe(FLAG_WHAT_TO_DO.findOut);
      expect(flag.level).toBe(expectedLevel(id));
      expect(flag.meaning.map((m) => m.text)).toEqual([
        FLAG_TEXT[id].ketamine.text,
        FLAG_TEXT[id].spravato.text,
      ]);
    },
  );

  it('asks a person not sure about their blood pressure to have it checked before the visit', () => {
    const flag = onlyFlag({ cx_bp: 'unsure' });
    expect(flag.findOut).toBe(true);
    expect(flag.answered).toBe(FLAG_ANSWERS.unsure);
    expect(flag.whatToDo).toBe(`${FLAG_WHAT_TO_DO.findOut} ${FLAG_EXTRA_TO_DO.cx_bp_findOut}`);
  });

  it('asks a person not sure about their medicines to find out and bring a list', () => {
    const flag = onlyFlag({ cx_meds: ['unsure'] });
    expect(flag.findOut).toBe(true);
    expect(flag.answered).toBe(FLAG_ANSWERS.unsure);
    expect(flag.whatToDo).toBe(`${FLAG_WHAT_TO_DO.findOut} ${FLAG_EXTRA_TO_DO.cx_meds}`);
  });
});

describe('blood pressure', () => {
  it('tells a person whose blood pressure is high now to say so and ask if it should come down first', () => {
    const flag = onlyFlag({ cx_bp: 'high_now' });
    expect(flag.answered).toBe(label('cx_bp', 'high_now'));
    expect(flag.findOut).toBe(false);
    expect(flag.whatToDo).toBe(
      `${FLAG_WHAT_TO_DO[expectedLevel('cx_bp')]} ${FLAG_EXTRA_TO_DO.cx_bp_high_now}`,
    );
  });

  it('gives controlled blood pressure the flag without the "high now" advice', () => {
    const flag = onlyFlag({ cx_bp: 'controlled' });
    expect(flag.answered).toBe(label('cx_bp', 'controlled'));
    expect(flag.whatToDo).toBe(FLAG_WHAT_TO_DO[expectedLevel('cx_bp')]);
    expect(flag.whatToDo).not.toContain(FLAG_EXTRA_TO_DO.cx_bp_high_now);
  });
});

describe('pregnancy and breastfeeding', () => {
  it('gives a pregnant person the pregnancy lines and no extra advice', () => {
    const flag = onlyFlag({ cx_pregnant: 'pregnant' });
    expect(flag.answered).toBe(label('cx_pregnant', 'pregnant'));
    expect(flag.meaning.map((m) => m.text)).toEqual([
      FLAG_TEXT.cx_pregnant.ketamine.text,
      FLAG_TEXT.cx_pregnant.spravato.text,
    ]);
    expect(flag.whatToDo).toBe(FLAG_WHAT_TO_DO[expectedLevel('cx_pregnant')]);
  });

  it('gives a breastfeeding person the breastfeeding lines, with their sources, and asks what it would mean', () => {
    const flag = onlyFlag({ cx_pregnant: 'breastfeeding' });
    const v = FLAG_VARIANTS.cx_pregnant_breastfeeding;
    expect(flag.answered).toBe(label('cx_pregnant', 'breastfeeding'));
    expect(flag.title).toBe(FLAG_TEXT.cx_pregnant.title);
    expect(flag.meaning.map((m) => [m.text, m.sourceIds])).toEqual([
      [v.ketamine.text, [...v.ketamine.sources]],
      [v.spravato.text, [...v.spravato.sources]],
    ]);
    expect(flag.whatToDo).toBe(
      `${FLAG_WHAT_TO_DO[expectedLevel('cx_pregnant')]} ${FLAG_EXTRA_TO_DO.cx_pregnant_breastfeeding}`,
    );
  });

  it('gives a person trying to get pregnant the planning lines and asks about planning', () => {
    const flag = onlyFlag({ cx_pregnant: 'trying' });
    const v = FLAG_VARIANTS.cx_pregnant_trying;
    expect(flag.answered).toBe(label('cx_pregnant', 'trying'));
    expect(flag.meaning.map((m) => m.text)).toEqual([v.ketamine.text, v.spravato.text]);
    expect(flag.whatToDo).toBe(
      `${FLAG_WHAT_TO_DO[expectedLevel('cx_pregnant')]} ${FLAG_EXTRA_TO_DO.cx_pregnant_trying}`,
    );
  });
});

describe('medicines that can mix badly', () => {
  it('names the medicines taken in the order of the list, and asks for a list of every medicine', () => {
    const flag = onlyFlag({ cx_meds: ['maoi', 'benzodiazepine'] });
    expect(flag.answered).toBe(
      `${label('cx_meds', 'benzodiazepine')}, ${label('cx_meds', 'maoi')}`,
    );
    expect(flag.findOut).toBe(false);
    expect(flag.whatToDo).toBe(
      `${FLAG_WHAT_TO_DO[expectedLevel('cx_meds')]} ${FLAG_EXTRA_TO_DO.cx_meds}`,
    );
  });

  it.each(['benzodiazepine', 'opioid', 'stimulant', 'maoi'])(
    'flags %s on its own, by its label',
    (code) => {
      expect(onlyFlag({ cx_meds: [code] }).answered).toBe(label('cx_meds', code));
    },
  );

  it('names all four medicines when all are taken', () => {
    const flag = onlyFlag({ cx_meds: ['stimulant', 'opioid', 'maoi', 'benzodiazepine'] });
    expect(flag.answered.split(', ')).toEqual(
      ['benzodiazepine', 'opioid', 'stimulant', 'maoi'].map((c) => label('cx_meds', c)),
    );
  });

  it('ignores codes that are not medicines, and odd values in the list', () => {
    const flag = onlyFlag({ cx_meds: ['opioid', 'aspirin', 3] as unknown as string[] });
    expect(flag.answered).toBe(label('cx_meds', 'opioid'));
  });
});

describe('the order of flags', () => {
  const everyYes: Answers = Object.fromEntries(
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

  it('puts the most serious flags first and keeps the catalogue order within a level', () => {
    const flags = buildFlags(everyYes);
    expect(flags).toHaveLength(HEALTH_QUESTIONS.length);
    const expected = SERIOUSNESS.flatMap((level) =>
      HEALTH_QUESTIONS.filter((id) => expectedLevel(id) === level),
    );
    expect(flags.map((f) => f.question)).toEqual(expected);
  });

  it('keeps "not sure" flags at their level, among the others', () => {
    const flags = buildFlags({ ...everyYes, cx_avm: 'unsure' });
    expect(flags.map((f) => f.question)).toEqual(buildFlags(everyYes).map((f) => f.question));
    expect(flags.find((f) => f.question === 'cx_avm')?.findOut).toBe(true);
  });
});

describe('sorting by level', () => {
  it('sorts most serious first and keeps the given order within each level', () => {
    const items: [string, FlagLevel][] = [
      ['a', 'info'],
      ['b', 'needs_discussion'],
      ['c', 'label_contraindication'],
      ['d', 'info'],
      ['e', 'needs_discussion'],
      ['f', 'label_contraindication'],
    ];
    expect(byLevel(items, ([, level]) => level).map(([name]) => name)).toEqual([
      'c',
      'f',
      'b',
      'e',
      'a',
      'd',
    ]);
  });

  it('keeps a list of one level exactly as given, and does not change the list it was given', () => {
    const items = ['z', 'a', 'm', 'b'];
    expect(byLevel(items, () => 'needs_discussion')).toEqual(['z', 'a', 'm', 'b']);
    expect(items).toEqual(['z', 'a', 'm', 'b']);
  });
});
