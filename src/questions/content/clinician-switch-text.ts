/** Words of the clinician mode switch on the first screen (seen by everyone). */

export const CLINICIAN_SWITCH = {
  switchLabel: 'Clinician mode: all questions on one screen, beside the live summary',
  switchHint: 'For use with a patient in a session. Saving on this device is off in this mode.',
  linkText: 'Open clinician mode',
} as const;
