/** Words of the app shell: names, buttons, privacy and crisis lines. */

export const APP_NAME = 'Ketamine or Spravato? A guide to prepare for your visit';

export const FIRST_SCREEN = {
  title: APP_NAME,
  lead: 'This guide helps you get ready to talk with your clinician. It covers two treatments for depression that has not got better enough. They are IV ketamine infusions and Spravato nasal spray.',
  duration: 'It takes about 10 minutes.',
  neutral: 'It does not tell you which to choose. It helps you and your clinician decide together.',
  start: 'Start',
  compare: 'Compare the options first',
  privacy:
    'Your answers stay on this device. Nothing is sent anywhere. You can turn off saving and clear everything at any time.',
} as const;

/** The options side by side (its own words are in option-grid.ts): open from any screen. */
export const OPTIONS_STEP = {
  open: 'Compare the options',
  loading: 'Loading the options…',
} as const;

export const CRISIS_LINE = {
  label: 'Crisis help',
  short: 'In crisis? Call or text 988, or call 911 if you are in danger now.',
  call: 'Call 988',
  text: 'Text 988',
} as const;

/** The footer on every screen of the app. */
export const FOOTER = {
  aboutLink: 'About this guide',
  /** Shown after the link when it opens in a new tab (saving is off, so leaving would lose answers). */
  newTab: '(opens in a new tab)',
} as const;
