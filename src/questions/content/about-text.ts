/** Words of the static "About this tool" page (about.html). Plain language, US grade 8 or lower. */

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
        'Each fact in the guide shows a source number. The sources are drug labels, published studies and expert statements, listed with each summary.',
      ],
      reviewedPrefix: 'The facts were last checked on',
      versionPrefix: 'Content version',
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
      paragraphs: [
        'No drug maker, clinic or insurance company paid for this guide or had a say in what it says.',
      ],
    },
  },
  back: 'Back to the guide',
} as const;
