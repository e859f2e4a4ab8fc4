/**
 * Trial results as natural frequencies ("out of 100 people"), each with who took part, what the
 * treatment was compared with, when it was measured and what counted as success.
 * Results from different studies must never be set side by side as if from one study.
 * The open-label IV ketamine study without a comparison group (Murrough 2013) is left out of the
 * icon arrays on purpose: with no comparison group, its numbers cannot be read that way.
 */
import type { Cited, EvidenceItem } from './types';

const RESPONSE = 'Their depression score fell by half or more (called "response").';
const REMISSION = 'Their depression score fell into the normal range (called "remission").';

export const EVIDENCE: readonly EvidenceItem[] = [
  {
    id: 'transform2-response',
    option: 'spravato',
    study: 'TRANSFORM-2 (2019)',
    population:
      'Adults under 65. Their depression had not got better after 2 or more antidepressants in this episode.',
    comparator:
      'A placebo spray (no drug). Both groups also started a new antidepressant pill. So this group was treated too.',
    timePoint: 'After 4 weeks.',
    outcome: RESPONSE,
    treatmentPer100: 69,
    comparatorPer100: 52,
    higherIsBetter: true,
    sources: ['S60', 'S31'],
  },
  {
    id: 'transform2-remission',
    option: 'spravato',
    study: 'TRANSFORM-2 (2019)',
    population:
      'Adults under 65. Their depression had not got better after 2 or more antidepressants in this episode.',
    comparator:
      'A placebo spray (no drug). Both groups also started a new antidepressant pill. So this group was treated too.',
    timePoint: 'After 4 weeks.',
    outcome: REMISSION,
    treatmentPer100: 53,
    comparatorPer100: 31,
    higherIsBetter: true,
    sources: ['S60'],
  },
  {
    id: 'sustain1-relapse-remission',
    option: 'spravato',
    study: 'SUSTAIN-1 (2019)',
    population:
      'Adults whose depression was in remission after 16 weeks of Spravato with an antidepressant pill.',
    comparator: 'Switching to a placebo spray (no drug) while keeping the pill.',
    timePoint: 'Over the follow-up time, which was not the same for everyone.',
    outcome: 'Their depression came back (called "relapse"). Fewer is better.',
    treatmentPer100: 27,
    comparatorPer100: 45,
    higherIsBetter: false,
    note: 'Everyone in this study had already done well on Spravato before the groups were split.',
    sources: ['S61'],
  },
  {
    id: 'sustain1-relapse-response',
    option: 'spravato',
    study: 'SUSTAIN-1 (2019)',
    population:
      'Adults whose depression score fell by half or more after 16 weeks of Spravato with a pill. Their score was not yet in the normal range.',
    comparator: 'Switching to a placebo spray (no drug) while keeping the pill.',
    timePoint: 'Over the follow-up time, which was not the same for everyone.',
    outcome: 'Their depression came back (called "relapse"). Fewer is better.',
    treatmentPer100: 26,
    comparatorPer100: 58,
    higherIsBetter: false,
    note: 'Everyone in this study had already done well on Spravato before the groups were split.',
    sources: ['S61', 'S62'],
  },
  {
    id: 'escape-trd-remission',
    option: 'spravato',
    study: 'ESCAPE-TRD (2023)',
    population:
      'Adults on an SSRI or SNRI antidepressant. Their depression had not got better after 2 or more treatments in a row.',
    comparator:
      'Quetiapine, another medicine added to the antidepressant. People knew which one they got.',
    timePoint: 'After 8 weeks.',
    outcome: REMISSION,
    treatmentPer100: 27,
    comparatorPer100: 18,
    higherIsBetter: true,
    sources: ['S63', 'S64'],
  },
  {
    id: 'escape-trd-sustained',
    option: 'spravato',
    study: 'ESCAPE-TRD (2023)',
    population:
      'Adults on an SSRI or SNRI antidepressant. Their depression had not got better after 2 or more treatments in a row.',
    comparator:
      'Quetiapine, another medicine added to the antidepressant. People knew which one they got.',
    timePoint: 'At 8 weeks, and still at 32 weeks.',
    outcome:
      'Their depression score was in the normal range (remission) at 8 weeks and had not come back by 32 weeks.',
    treatmentPer100: 22,
    comparatorPer100: 14,
    higherIsBetter: true,
    note: 'People who left the study are counted as not doing well.',
    sources: ['S63', 'S65'],
  },
  {
    id: 'monotherapy-remission',
    option: 'spravato',
    study: 'Spravato on its own (2025)',
    population:
      'Adults who were not taking an antidepressant pill. They had tried 2 or more, and their depression had not got better.',
    comparator: 'A placebo spray (no drug).',
    timePoint: 'After 4 weeks.',
    outcome: REMISSION,
    treatmentPer100: 23,
    comparatorPer100: 8,
    higherIsBetter: true,
    note: 'These numbers come from the maker’s news release. The exact numbers were 22.5 and 7.6 out of 100. It did not say which dose they are for.',
    sources: ['S9', 'S66'],
  },
  {
    id: 'elektd-response',
    option: 'ketamine',
    study: 'ELEKT-D (2023)',
    population:
      'Adults 21 to 75 who had been sent for ECT. Their depression had not got better after 2 or more treatments in their life. None had psychosis.',
    comparator: 'ECT (electroconvulsive therapy), 3 times a week. People knew which one they got.',
    timePoint: 'At the end of 3 weeks of treatment.',
    outcome: 'Their own rating of their depression fell by half or more (called "response").',
    treatmentPer100: 55,
    comparatorPer100: 41,
    higherIsBetter: true,
    note: 'Ketamine was shown to be no worse than ECT. More people in the ECT group left before treatment started.',
    sources: ['S38', 'S67'],
  },
  {
    id: 'ketect-remission',
    option: 'ketamine',
    study: 'KetECT (2022)',
    population: 'Adults 18 to 85 staying in the hospital for depression (not bipolar depression).',
    comparator:
      'ECT (electroconvulsive therapy). Both were given 3 times a week. People knew which one they got.',
    timePoint: 'At the end of treatment (up to 12 sessions).',
    outcome: 'A clinician rated their depression score in the normal range (called "remission").',
    treatmentPer100: 46,
    comparatorPer100: 63,
    higherIsBetter: true,
    note: 'ECT did better in this study. Of those in remission on ketamine, 70 out of 100 had their depression come back within 12 months. On ECT, 63 out of 100 did.',
    sources: ['S68'],
  },
];

/** No large trial has compared the two options directly. */
export const NO_HEAD_TO_HEAD: Cited = {
  text: 'No large study has compared the two options head to head. One began in 2025 and is due to end around 2030.',
  sources: ['S58', 'S59', 'S37'],
};

/** Shown with every set of results: these numbers come from different studies. */
export const DIFFERENT_STUDIES_NOTE: Cited = {
  text: 'These results come from different studies. The people, the comparison groups and the timing were not the same. So do not compare a ketamine number with a Spravato number.',
  sources: ['S58', 'S37'],
};

/** Shown next to the results: how to read them. */
export const EVIDENCE_CAVEATS: readonly Cited[] = [
  {
    text: 'In studies of both drugs, many people could tell they got the drug by how it felt. Hope for a good result may also make results look better.',
    sources: ['S58'],
  },
  {
    text: '"Response" means a depression score fell by half or more. "Remission" means it fell into the normal range. Each result says which one it shows.',
    sources: ['S60', 'S63', 'S38'],
  },
  {
    text: 'Studies measured depression in different ways: some asked a clinician, some asked the person.',
    sources: ['S38', 'S68', 'S60'],
  },
];
