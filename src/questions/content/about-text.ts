/** Words of the static "About this tool" page (about.html). Plain language, US grade 8 or lower. */
import { longDate } from './session-text';

export const ABOUT_PAGE = {
  title: 'About this guide',
  documentTitle: 'About this guide: Ketamine or Spravato?',
  description:
    'What this guide is, who made it, where its facts come from, and how it keeps your answers private.',
  sections: {
    what: {
      heading: 'What this guide is',
      paragraphs: [
        'This guide is for adults whose depression has not got better enough. It helps them get ready to talk with a clinician about two treatments. They are IV ketamine infusions and Spravato nasal spray.',
        'It asks about your health, your past treatments, your time, your costs and what matters to you. Then it makes a summary you can print or show at your visit.',
        'It does not tell you which treatment to choose, and it does not replace advice from your clinician.',
      ],
    },
    who: {
      heading: 'Who made it',
      paragraphs: [
        'Open source contributors made this guide. Anyone can read its code and its sources, point out a mistake, or suggest a change.',
      ],
    },
    sources: {
      heading: 'Where the facts come from',
      paragraphs: [
        'Each fact in the guide shows a source number, such as S2. You can find every source in the list below.',
      ],
      listHeading: 'All sources',
      /** "The facts were last checked on November 28, 2026." from an ISO date. */
      reviewed: (isoDate: string) => `The facts were last checked on ${longDate(isoDate)}.`,
      version: (version: string) => `Content version ${version}.`,
    },
    privacy: {
      heading: 'Your privacy',
      paragraphs: [
        'Your answers stay on this device. The guide has no server that stores answers, no tracking and no ads. It never sends your answers anywhere.',
        'You can turn off saving, and you can clear all your answers at once.',
      ],
    },
    funding: {
      heading: 'Money and ties',
      // The statement itself is CONTENT_META.funding (meta.ts), shown here and on the summary.
      paragraphs: [],
    },
  },
  back: 'Back to the guide',
} as const;
