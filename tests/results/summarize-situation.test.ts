/**
 * The "How you feel" and "Treatments you have tried" rows: what the person reads in each column
 * for each answer, in order, with its tone. Wording comes from the content module.
 */
import { describe, expect, it } from 'vitest';
import { getQuestion } from '../../src/questions/catalog';
import {
  ANSWER_NAMES,
  HISTORY_TEXT,
  PHQ_TEXT,
  ROW_HEADINGS,
  SEVERITY_TEXT,
  SUMMARY_TEXT,
} from '../../src/questions/content/summary-text';
import type { Cited } from '../../src/questions/content/types';
import type { Answers, QuestionId } from '../../src/questions/types';
import {
  historyRow,
  orNothing,
  saidLines,
  severityRow,
} from '../../src/results/summarize-situation';
import type { Consideration, Tone } from '../../src/results/summary-types';

/** [text, tone] pairs, the way a person reads a column. */
const read = (column: readonly Consideration[]) => column.map((c) => [c.text, c.tone]);
const line = (cited: Cited, tone: Tone) => [cited.text, tone];

function label(id: QuestionId, code: string): string {
  const q = getQuestion(id);
  return (q.type === 'number' ? undefined : q.options.find((o) => o.code === code)?.label) ?? '?';
}

/** All nine PHQ-9 items at these scores. */
function phq(scores: readonly number[]): Answers {
  return Object.fromEntries(scores.map((v, i) => [`phq9_${i + 1}`, v]));
}

const K = SEVERITY_TEXT.ketamine;
const S = SEVERITY_TEXT.spravato;

describe('the "How you feel" row', () => {
  it('says who each option was studied in, and that nothing was answered, when nothing was', () => {
    const row = severityRow({});
    expect(row.factor).toBe('severity');
    expect(row.heading).toBe(ROW_HEADINGS.severity);
    expect(row.youSaid).toEqual([SUMMARY_TEXT.nothingSaid]);
    expect(read(row.ketamine)).toEqual([line(K.studied, 'neutral')]);
    expect(read(row.spravato)).toEqual([line(S.studied, 'neutral')]);
  });

  it('shows the total and band of a full PHQ-9, then how hard daily life is', () => {
    const row = severityRow({ ...phq([2, 2, 2, 2, 2, 2, 2, 2, 0]), phq9_difficulty: 'very' });
    expect(row.youSaid).toEqual([
      PHQ_TEXT.total(16, PHQ_TEXT.bands.moderately_severe),
      `${ANSWER_NAMES.phq9_difficulty}: ${label('phq9_difficulty', 'very')}.`,
    ]);
  });

  it('says how many items were answered, and gives no total, when the PHQ-9 is not finished', () => {
    const row = severityRow(phq([3, 3, 3, 3, 3]));
    expect(row.youSaid).toEqual([PHQ_TEXT.partial(5)]);
    expect(row.ketamine.map((c) => c.text)).not.toContain(SEVERITY_TEXT.selfCheck.text);
  });

  it('adds that the PHQ-9 is a self-check, not a diagnosis, once there is a total', () => {
    const row = severityRow(phq([2, 2, 2, 2, 2, 2, 2, 2, 0]));
    expect(read(row.ketamine)).toEqual([
      line(K.studied, 'neutral'),
      line(SEVERITY_TEXT.selfCheck, 'neutral'),
    ]);
    expect(read(row.spravato)).toEqual([
      line(S.studied, 'neutral'),
      line(SEVERITY_TEXT.selfCheck, 'neutral'),
    ]);
  });

  it.each([
    [0, 'minimal'],
    [4, 'minimal'],
    [5, 'mild'],
    [9, 'mild'],
  ] as const)(
    'asks both columns to think about a low score (total %i, %s) before starting',
    (total, band) => {
      const scores = [0, 0, 0, 0, 0, 0, 0, 0, 0].map((_, i) => (i < total ? 1 : 0));
      const row = severityRow(phq(scores));
      expect(row.youSaid[0]).toBe(PHQ_TEXT.total(total, PHQ_TEXT.bands[band]));
      for (const column of [row.ketamine, row.spravato]) {
        expect(read(column)).toContainEqual(line(SEVERITY_TEXT.lowScore, 'consider'));
      }
    },
  );

  it.each([
    [10, 'moderate'],
    [14, 'moderate'],
    [15, 'moderately_severe'],
    [19, 'moderately_severe'],
    [20, 'severe'],
    [27, 'severe'],
  ] as const)('gives no low-score note for a total of %i (%s)', (total, band) => {
    const scores = [3, 3, 3, 3, 3, 3, 3, 3, 3].map((_, i) =>
      Math.max(0, Math.min(3, total - 3 * i)),
    );
    const row = severityRow(phq(scores));
    expect(row.youSaid[0]).toBe(PHQ_TEXT.total(total, PHQ_TEXT.bands[band]));
    expect(row.ketamine.map((c) => c.text)).not.toContain(SEVERITY_TEXT.lowScore.text);
    expect(row.spravato.map((c) => c.text)).not.toContain(SEVERITY_TEXT.lowScore.text);
  });

  it('says what each option is and is not approved for when item 9 is above 0, even with no total', () => {
    const row = severityRow({ phq9_9: 1 });
    expect(read(row.ketamine)).toEqual([line(K.studied, 'neutral'), line(K.suicidal, 'neutral')]);
    expect(read(row.spravato)).toEqual([line(S.studied, 'neutral'), line(S.suicidal, 'neutral')]);
    expect(row.youSaid).toEqual([PHQ_TEXT.partial(1)]);
  });

  it('puts the low-score note, then the approval, then the self-check, in that order', () => {
    const row = severityRow(phq([0, 0, 0, 0, 0, 0, 0, 0, 1]));
    expect(read(row.spravato)).toEqual([
      line(S.studied, 'neutral'),
      line(SEVERITY_TEXT.lowScore, 'consider'),
      line(S.suicidal, 'neutral'),
      line(SEVERITY_TEXT.selfCheck, 'neutral'),
    ]);
  });

  it('says nothing about approval for suicidal thoughts when item 9 is 0', () => {
    const row = severityRow(phq([3, 3, 3, 3, 3, 3, 3, 3, 0]));
    expect(row.ketamine.map((c) => c.text)).not.toContain(K.suicidal.text);
    expect(row.spravato.map((c) => c.text)).not.toContain(S.suicidal.text);
  });

  it('cites the sources of each line it shows', () => {
    const row = severityRow({ phq9_9: 2 });
    expect(row.spravato[1]?.sourceIds).toEqual([...S.suicidal.sources]);
    expect(row.ketamine[0]?.sourceIds).toEqual([...K.studied.sources]);
  });
});

const HK = HISTORY_TEXT.ketamine;
const HS = HISTORY_TEXT.spravato;

describe('the "Treatments you have tried" row', () => {
  it('with nothing answered, says the count is not settled and that no single definition exists', () => {
    const row = historyRow({});
    expect(row.factor).toBe('history');
    expect(row.heading).toBe(ROW_HEADINGS.history);
    expect(row.youSaid).toEqual([SUMMARY_TEXT.nothingSaid]);
    expect(read(row.ketamine)).toEqual([
      line(HK.trials, 'neutral'),
      line(HK.noDefinition, 'neutral'),
    ]);
    expect(read(row.spravato)).toEqual([
      line(HS.trialsUnknown, 'neutral'),
      line(HS.withAd, 'neutral'),
    ]);
  });

  it.each(['2', '3plus'])(
    'with %s antidepressants tried, says Spravato’s approval fits and gives no definition note',
    (trials) => {
      const row = historyRow({ ad_trials: trials });
      expect(read(row.spravato)).toEqual([line(HS.trialsMet, 'fits'), line(HS.withAd, 'neutral')]);
      expect(read(row.ketamine)).toEqual([line(HK.trials, 'neutral')]);
    },
  );

  it.each(['0', '1'])(
    'with %s antidepressants tried, asks the person to think about Spravato’s approval',
    (trials) => {
      const row = historyRow({ ad_trials: trials });
      expect(read(row.spravato)).toEqual([
        line(HS.trialsNotMet, 'consider'),
        line(HS.withAd, 'neutral'),
      ]);
      expect(read(row.ketamine)).toEqual([line(HK.trials, 'neutral')]);
    },
  );

  it('when the person is not sure how many, asks them to count with the clinician', () => {
    const row = historyRow({ ad_trials: 'unsure' });
    expect(read(row.spravato)[0]).toEqual(line(HS.trialsUnknown, 'neutral'));
    expect(read(row.ketamine)).toEqual([
      line(HK.trials, 'neutral'),
      line(HK.noDefinition, 'neutral'),
    ]);
  });

  it.each([
    ['helped', 'helped', 'fits'],
    ['not_helped', 'notHelped', 'consider'],
    ['side_effects', 'sideEffects', 'consider'],
  ] as const)(
    'says what earlier ketamine and Spravato that %s mean, in each column',
    (code, key, tone) => {
      const row = historyRow({ ad_trials: '2', ketamine_before: code, esketamine_before: code });
      expect(read(row.ketamine)).toEqual([line(HK.trials, 'neutral'), line(HK[key], tone)]);
      expect(read(row.spravato)).toEqual([
        line(HS.trialsMet, 'fits'),
        line(HS.withAd, 'neutral'),
        line(HS[key], tone),
      ]);
    },
  );

  it('keeps earlier ketamine in the ketamine column and earlier Spravato in the Spravato one', () => {
    const row = historyRow({
      ad_trials: '2',
      ketamine_before: 'helped',
      esketamine_before: 'not_tried',
    });
    expect(row.ketamine.map((c) => c.text)).toContain(HK.helped.text);
    expect(row.spravato.map((c) => c.text)).not.toContain(HS.helped.text);
    expect(row.spravato).toHaveLength(2);
  });

  it.each(['helped', 'not_helped'])(
    'mentions the ECT comparisons when ECT was tried (%s)',
    (ect) => {
      const row = historyRow({ ad_trials: '2', ect_tried: ect });
      expect(read(row.ketamine)).toEqual([line(HK.trials, 'neutral'), line(HK.ect, 'neutral')]);
    },
  );

  it('leaves out the ECT comparisons when ECT was never tried', () => {
    const row = historyRow({ ad_trials: '2', ect_tried: 'not_tried' });
    expect(read(row.ketamine)).toEqual([line(HK.trials, 'neutral')]);
  });

  it('mentions the add-on medicine study only after a yes to an add-on', () => {
    const yes = historyRow({ ad_trials: '2', augment_tried: 'yes' });
    expect(read(yes.spravato).at(-1)).toEqual(line(HS.augment, 'neutral'));
    for (const code of ['no', 'unsure']) {
      const other = historyRow({ ad_trials: '2', augment_tried: code });
      expect(other.spravato.map((c) => c.text)).not.toContain(HS.augment.text);
    }
  });

  it('puts the ketamine lines in order: rule, definition, before, ECT', () => {
    const row = historyRow({ ketamine_before: 'side_effects', ect_tried: 'helped' });
    expect(read(row.ketamine)).toEqual([
      line(HK.trials, 'neutral'),
      line(HK.noDefinition, 'neutral'),
      line(HK.sideEffects, 'consider'),
      line(HK.ect, 'neutral'),
    ]);
  });

  it('lists what the person said as "name: answer", in the order of the questions', () => {
    const row = historyRow({
      esketamine_before: 'helped',
      ad_trials: '3plus',
      tms_tried: 'not_tried',
      ad_current: 'yes',
    });
    expect(row.youSaid).toEqual([
      `${ANSWER_NAMES.ad_trials}: ${label('ad_trials', '3plus')}.`,
      `${ANSWER_NAMES.ad_current}: ${label('ad_current', 'yes')}.`,
      `${ANSWER_NAMES.tms_tried}: ${label('tms_tried', 'not_tried')}.`,
      `${ANSWER_NAMES.esketamine_before}: ${label('esketamine_before', 'helped')}.`,
    ]);
  });
});

describe('what you said', () => {
  it('skips unanswered questions and keeps the order asked for', () => {
    expect(saidLines({ ride: 'never', needles: 'fine' }, ['needles', 'nasal', 'ride'])).toEqual([
      `${ANSWER_NAMES.needles}: ${label('needles', 'fine')}.`,
      `${ANSWER_NAMES.ride}: ${label('ride', 'never')}.`,
    ]);
  });

  it('says nothing was answered only when there is no line', () => {
    expect(orNothing([])).toEqual([SUMMARY_TEXT.nothingSaid]);
    expect(orNothing(['One.', 'Two.'])).toEqual(['One.', 'Two.']);
  });
});
