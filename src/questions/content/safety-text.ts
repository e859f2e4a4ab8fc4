/**
 * The safety block of the summary: what it says after thoughts of death or self-harm, and the crisis
 * services it lists (988, 911), each with its sources.
 */
import type { SourceId } from '../types';
import { c } from './cite';
import type { Cited } from './types';

/** A crisis service with its links (`tel:`, `sms:`); no links when there is nothing to dial. */
export interface CrisisService {
  readonly name: string;
  readonly howToReach: string;
  readonly detail: string;
  readonly links: readonly { readonly label: string; readonly href: string }[];
  readonly sources: readonly SourceId[];
}

export interface SafetyText {
  readonly heading: string;
  readonly message: Cited;
  readonly urgentMessage: Cited;
  readonly lifeline: CrisisService;
  readonly emergency: CrisisService;
  readonly outsideUs: CrisisService;
}

export const SAFETY_TEXT: SafetyText = {
  heading: 'Your safety comes first',
  message: c(
    'You said you have had thoughts that you would be better off dead or of hurting yourself. Please tell your clinician about this today. Help is there at any time.',
    'S102',
    'S103',
  ),
  urgentMessage: c(
    'You said you may be having thoughts of ending your life now. Please reach out now. You can come back to this summary later.',
    'S102',
    'S103',
  ),
  lifeline: {
    name: '988 Suicide & Crisis Lifeline',
    howToReach: 'Call or text 988',
    detail:
      'Free and private, day or night. You can also chat at 988lifeline.org. Veterans: press 1.',
    links: [
      { label: 'Call 988', href: 'tel:988' },
      { label: 'Text 988', href: 'sms:988' },
    ],
    sources: ['S106', 'S107'],
  },
  emergency: {
    name: 'Emergency',
    howToReach: 'Call 911',
    detail: 'If you are in danger right now, call 911 or go to the nearest emergency room.',
    links: [{ label: 'Call 911', href: 'tel:911' }],
    sources: ['S111', 'S113'],
  },
  outsideUs: {
    name: 'Outside the US',
    howToReach: 'Call your local emergency number',
    detail: 'Local crisis lines can also help.',
    links: [],
    sources: [],
  },
};
