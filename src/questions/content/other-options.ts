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
      text: 'You can keep your current care, change the dose, or switch to another antidepressant. In one large study, fewer than 15 out of 100 got well at the third medicine step.',
      sources: ['S77'],
    },
  },
  {
    id: 'medication',
    name: 'Add a second medicine',
    text: {
      text: 'A second medicine, such as lithium or an antipsychotic, can be added. In one study of such an add-on, 25 out of 100 got well in 6 weeks, and 15 out of 100 did on placebo.',
      sources: ['S90', 'S91', 'S92', 'S93', 'S94'],
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
      text: 'While you are asleep under anesthesia, a brief seizure is caused, 2 or 3 times a week. It is well proven to work, but it can cause short-term confusion and memory loss.',
      sources: ['S82', 'S83'],
    },
  },
];
