/**
 * The rows about the person's situation: how they feel (severity, with the PHQ-9) and the treatments
 * they have tried (history). Each clinical statement carries its source ids (see references.ts).
 */
import { c, whole } from './cite';
import type { Cited, PerOption } from './types';

export interface SeverityOptionText {
  readonly studied: Cited;
  readonly suicidal: Cited;
}

export interface SeverityText extends PerOption<SeverityOptionText> {
  readonly lowScore: Cited;
  readonly selfCheck: Cited;
}

/** What the history row says after the person used the option before. */
export interface BeforeText {
  readonly helped: Cited;
  readonly notHelped: Cited;
  readonly sideEffects: Cited;
}

export interface KetamineHistoryText extends BeforeText {
  readonly trials: Cited;
  readonly noDefinition: Cited;
  readonly ect: Cited;
}

export interface SpravatoHistoryText extends BeforeText {
  readonly trialsMet: Cited;
  readonly trialsNotMet: Cited;
  readonly trialsUnknown: Cited;
  readonly withAd: Cited;
  readonly augment: Cited;
}

/** The two options' history texts differ: Spravato's label counts antidepressants, IV ketamine has none. */
export interface HistoryText {
  readonly ketamine: KetamineHistoryText;
  readonly spravato: SpravatoHistoryText;
}

export const SEVERITY_TEXT: SeverityText = {
  ketamine: {
    studied: c(
      'In the ELEKT-D study, people had depression that had not improved after 2 or more treatments. They had been referred for ECT.',
      'S38',
      'S67',
    ),
    suicidal: c(
      'IV ketamine is not FDA-approved for any mental health condition, including depression with suicidal thoughts.',
      'S33',
    ),
  },
  spravato: {
    studied: whole(
      'In its main studies, people had tried 2 or more antidepressants. Their depression had not got better.',
      'S60',
      'S77',
    ),
    suicidal: whole(
      'Spravato is also approved, with an antidepressant, for depression with suicidal thoughts or acts. The label says it has not been shown to prevent suicide. It does not replace a hospital stay when one is needed.',
      'S11',
      'S3',
    ),
  },
  lowScore: whole(
    'Your score today is in the lower range. Ask your clinician what it means for starting a new treatment.',
    'S100',
  ),
  selfCheck: whole(
    'The PHQ-9 is a self-check to share with your clinician. It is not a diagnosis.',
    'S100',
  ),
};

export const HISTORY_TEXT: HistoryText = {
  ketamine: {
    trials: c(
      'IV ketamine has no FDA label for depression, so no rule sets how many treatments you must try first. ELEKT-D counted 2 or more over a lifetime.',
      'S33',
      'S67',
    ),
    noDefinition: c(
      'There is no single definition of depression that has not improved with treatment.',
      'S81',
    ),
    helped: c('You said ketamine helped you before. Tell the clinic how it went.'),
    notHelped: c('You said ketamine did not help enough before. Tell the clinic how it went.'),
    sideEffects: c(
      'You said you stopped ketamine before because of side effects. Tell the clinic which ones.',
    ),
    ect: whole(
      'Two studies compared IV ketamine with ECT. One found ketamine was not worse than ECT. The other found ECT did better.',
      'S38',
      'S68',
    ),
  },
  spravato: {
    trialsMet: c(
      'Spravato is approved for adults who tried at least 2 antidepressants and did not get well enough. You said you have tried 2 or more.',
      'S9',
      'S79',
    ),
    trialsNotMet: c(
      'Spravato is approved for adults who tried at least 2 antidepressants in this episode and did not get well enough. You said fewer than 2.',
      'S9',
      'S79',
    ),
    trialsUnknown: c(
      'Spravato is approved for adults who tried at least 2 antidepressants in this episode and did not get well enough. Count them with your clinician.',
      'S9',
      'S79',
    ),
    withAd: c('Spravato can be used on its own or with an antidepressant you take by mouth.', 'S9'),
    helped: c('You said Spravato helped you before. Tell your clinician how it went.'),
    notHelped: c('You said Spravato did not help enough before. Tell your clinician how it went.'),
    sideEffects: c(
      'You said you stopped Spravato before because of side effects. Tell your clinician which ones.',
    ),
    augment: c(
      'One large study compared Spravato with adding quetiapine, another medicine. At week 8, 27 out of 100 people on Spravato were in remission. That means a depression score in the normal range. With quetiapine, it was 18 out of 100.',
      'S63',
    ),
  },
};
