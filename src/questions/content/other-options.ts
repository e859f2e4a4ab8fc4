/**
 * Other options a person may talk about with their clinician. A decision aid must not pretend
 * there are only two choices. One or two sentences each, with sources.
 */
import type { Cited, OtherOption } from './types';

export const OTHER_OPTIONS_INTRO: Cited = {
  text: 'IV ketamine and Spravato are not the only choices. You can also ask your clinician about these.',
  sources: ['S77', 'S90'],
};

export const OTHER_OPTIONS: readonly OtherOption[] = [
  {
    id: 'continue',
    name: 'Keep or change your current treatment',
    text: {
      text: 'You can keep your current care, change the dose, or switch to another antidepressant. In one large study, few people reached remission at the third medicine step. Fewer than 15 out of 100 had a depression score in the normal range.',
      sources: ['S77'],
    },
  },
  {
    id: 'medication',
    name: 'Add a second medicine',
    text: {
      text: 'A second medicine, like lithium or an antipsychotic, can be added. A review looked at 3 studies of adding lithium. With lithium, 27 more out of 100 people got better than with a placebo.',
      sources: ['S90', 'S91', 'S93', 'S94'],
    },
  },
  {
    id: 'psychotherapy',
    name: 'Talk therapy',
    text: {
      text: 'Talk therapy, such as CBT, can be added to your care. In a study of 469 people, adding 12 to 18 sessions helped more people after 6 months than usual care alone.',
      sources: ['S80', 'S95'],
    },
  },
  {
    id: 'rtms',
    name: 'rTMS (magnetic brain stimulation)',
    text: {
      text: 'A magnet on your head sends pulses to your brain, and you stay awake. The FDA cleared it for depression, and it takes 20 to 30 daily visits over 4 to 6 weeks.',
      sources: ['S84', 'S85'],
    },
  },
  {
    id: 'ect',
    name: 'ECT (electroconvulsive therapy)',
    text: {
      text: 'In two large studies, ECT was given 3 times a week. One found IV ketamine was not worse than ECT. The other found ECT did better. Memory problems for a short time after ECT were reported.',
      sources: ['S38', 'S68'],
    },
  },
];
