/**
 * Clinician mode: its words, and the clinician-level details shown (on demand) under each summary
 * row: label citations, dosing schedule, observation requirements. Not patient-facing. Every detail
 * comes from clinical-facts.md (tags V or P only) and carries its source ids. Both options get the
 * same structure for every row; IV ketamine has no depression label, and its details say so.
 */
import type { OptionId } from '../types';
import { NEXT_PATIENT_CLEARED } from './session-text';
import type { Cited } from './types';

function c(text: string, ...sources: string[]): Cited {
  return { text, sources };
}

export const CLINICIAN_TEXT = {
  title: 'Clinician view',
  intro:
    'Every answer is on the left and can be changed. The summary on the right updates as you go. It does not recommend either option.',
  answersHeading: 'Answers',
  summaryHeading: 'Live summary',
  settingsLabel: 'Session settings',
  largeText: 'Larger text',
  saving: 'Save answers on this device',
  savingOffNote: 'Saving is off: answers are kept only until this page closes.',
  nextPatient: 'Next patient',
  confirmTitle: 'Clear everything for the next patient?',
  confirmBody:
    'This removes every answer from this screen and from this device. It cannot be undone.',
  confirmYes: 'Yes, clear everything',
  confirmNo: 'Cancel',
  cleared: NEXT_PATIENT_CLEARED,
  patientView: 'Leave clinician mode',
  details: 'Clinician details',
  detailsFor: (topic: string) => `Clinician details: ${topic}`,
  noAnswer: 'Not answered',
  youSaid: 'Patient said',
  sourcesLabel: 'Sources',
} as const;

/** The summary's factors (rows), in order. */
export type ClinicianFactor = 'severity' | 'history' | 'logistics' | 'cost' | 'values' | 'health';

/** Clinician-level facts for each summary row, for each option, with sources. */
export const CLINICIAN_DETAILS: Readonly<
  Record<ClinicianFactor, Readonly<Record<OptionId, readonly Cited[]>>>
> = {
  severity: {
    ketamine: [
      c(
        'Not FDA-approved for any psychiatric disorder (FDA, 10 Oct 2023). No label indication or limitation of use applies to depression.',
        'S33',
        'S34',
      ),
      c(
        'PHQ-9 bands: 0–4 minimal, 5–9 mild, 10–14 moderate, 15–19 moderately severe, 20–27 severe; ≥10 had 88% sensitivity and specificity for major depression.',
        'S100',
      ),
    ],
    spravato: [
      c(
        'Label indications: TRD in adults (with an oral antidepressant, Mar 2019; as monotherapy, Jan 2025) and depressive symptoms in adults with MDD with acute suicidal ideation or behavior (with an oral antidepressant).',
        'S9',
        'S11',
        'S12',
      ),
      c(
        'Limitation of use: effectiveness in preventing suicide or reducing suicidal ideation or behavior has not been demonstrated; use does not preclude the need for hospitalization.',
        'S3',
      ),
    ],
  },
  history: {
    ketamine: [
      c(
        'ELEKT-D enrolled adults with nonpsychotic TRD referred for ECT (TRD as ≥2 adequate trials over the lifetime); KetECT enrolled inpatients with unipolar depression.',
        'S38',
        'S67',
        'S68',
      ),
      c('TRD has no single universal definition; trials define it differently.', 'S81'),
    ],
    spravato: [
      c(
        'FDA (2019): TRD is no response to at least two antidepressants at adequate doses for an adequate duration. Phase 3 trials required ≥2 and ≤5 in the current episode.',
        'S12',
        'S77',
      ),
      c(
        'TRD indication: as monotherapy or with an oral antidepressant. The MDSI indication still requires an oral antidepressant.',
        'S9',
      ),
    ],
  },
  logistics: {
    ketamine: [
      c(
        'Dosing (research standard, not a labeled regimen): 0.5 mg/kg IV over 40 minutes. Series: up to 6 infusions 3 times a week over 12 days (Murrough 2013), or twice weekly for 3 weeks (ELEKT-D).',
        'S38',
        'S39',
      ),
      c(
        'Observation: no federal standard. Examples: BP every 10 minutes during and every 15 minutes after the infusion (Emory); one clinic describes about 30–60 minutes of recovery.',
        'S48',
        'S43',
      ),
      c(
        'Maintenance: no standard regimen; in Murrough 2013 responders relapsed a median of 18 days after the last infusion.',
        'S39',
        'S47',
      ),
      c(
        'Going home: no driving or hazardous activity for at least 24 hours (Mayo Clinic/Micromedex, ketamine injection; not the FDA label); the older US Ketalar text says to release the patient only after full recovery, accompanied by a responsible adult.',
        'S130',
        'S119',
      ),
    ],
    spravato: [
      c(
        'Dosing (TRD): day 1 56 mg, then 56 or 84 mg twice weekly in weeks 1–4; once weekly in weeks 5–8; from week 9 every 2 weeks or weekly, at the lowest frequency that keeps response. 56 mg = 2 devices, 84 mg = 3 devices, 5 minutes between devices.',
        'S2',
        'S6',
        'S24',
      ),
      c(
        'Observation (REMS): monitor for at least 2 hours and until sedation, dissociation and respiratory depression resolve; BP before dosing and about 40 minutes after; pulse oximetry at every session; prescriber onsite.',
        'S4',
        'S6',
      ),
      c(
        'REMS-certified setting only; never dispensed for home use. Outpatient settings enroll each patient and submit a Patient Monitoring Form after every session, within 7 days. No driving until the next day after restful sleep.',
        'S4',
        'S5',
        'S6',
      ),
    ],
  },
  cost: {
    ketamine: [
      c(
        'Self-pay prices seen on undated pages: about $400–$800 per infusion plus a consultation fee. Generally not covered for depression; insurers often cover only esketamine.',
        'S54',
        'S55',
        'S37',
      ),
    ],
    spravato: [
      c(
        '2019 launch list price $590–$885 per session (56 vs 84 mg); no current list price found. Billed under the medical or pharmacy benefit; prior authorization is typical; clinic and observation fees are separate.',
        'S19',
        'S22',
      ),
    ],
  },
  values: {
    ketamine: [
      c(
        'ELEKT-D (vs ECT, self-rated QIDS-SR response, end of 3 weeks): 55 vs 41 in 100; noninferior. KetECT (inpatients, vs ECT, MADRS remission): 46 vs 63 in 100, ECT better.',
        'S38',
        'S68',
      ),
      c(
        'No adequately designed head-to-head trial of IV ketamine and esketamine: relative efficacy is not known. A US head-to-head trial (n ≈ 400) began in 2025.',
        'S58',
        'S59',
      ),
    ],
    spravato: [
      c(
        'TRANSFORM-2 (vs placebo spray + new oral antidepressant, day 28): response 69 vs 52 in 100; remission 53 vs 31 in 100. SUSTAIN-1 (stable remitters): relapse 27 vs 45 in 100. ESCAPE-TRD (vs quetiapine XR, week 8): remission 27 vs 18 in 100.',
        'S60',
        'S31',
        'S61',
        'S63',
        'S64',
      ),
      c(
        'TRANSFORM-3 (adults ≥65, flexible-dose esketamine + new oral AD vs new oral AD + placebo spray): primary endpoint (MADRS change, day 28) not met, difference −3.6 (95% CI −7.20 to 0.07), p = 0.059; ages 65–74 −4.9 (nominal p = 0.017), ≥75 −0.4 (nominal p = 0.930). No response or remission proportion reported.',
        'S138',
      ),
      c(
        'SUSTAIN-3: open-label, single-arm extension, June 2016–Dec 2022, n = 1,148 from 6 parent studies; no control group, so remission rates among those still enrolled overstate the chance for someone starting treatment.',
        'S133',
      ),
      c(
        'No adequately designed head-to-head trial of IV ketamine and esketamine: relative efficacy is not known. A US head-to-head trial (n ≈ 400) began in 2025.',
        'S58',
        'S59',
      ),
    ],
  },
  health: {
    ketamine: [
      c(
        'No label for depression. FDA (2023) lists for ketamine products: abuse and misuse, psychiatric events, increased BP, respiratory depression, lower urinary tract and bladder symptoms.',
        'S33',
      ),
      c(
        'Anesthetic label (Ketalar; no label covers subanesthetic infusions for depression): contraindicated where a significant elevation of BP would be a serious hazard, and with known hypersensitivity to ketamine. Warnings include hemodynamic instability, respiratory depression, drug-induced liver injury and raised CSF pressure; with benzodiazepines, opioids or other CNS depressants, profound sedation and respiratory depression.',
        'S125',
        'S126',
        'S121',
        'S124',
      ),
      c(
        'BP in practice (Yale, 2,342 infusions): mean peak +16/+11 mmHg at about 40 minutes; severe hypertension in 12.5% of patients and 0.98% of sessions, more often in early infusions and older or hypertensive patients.',
        'S49',
      ),
      c(
        'Trial and clinic exclusions (not a label, not APA text): current psychosis or mania, substance use disorder, pregnancy or lactation, uncontrolled hypertension, significant arrhythmia, unstable cerebrovascular disease, symptomatic TBI.',
        'S51',
        'S52',
      ),
    ],
    spravato: [
      c(
        'Contraindications (label): aneurysmal vascular disease or arteriovenous malformation; history of intracerebral hemorrhage; hypersensitivity to esketamine, ketamine or an excipient.',
        'S2',
        'S3',
      ),
      c(
        'Boxed warning: sedation, dissociation, abuse and misuse, suicidal thoughts and behaviors (2019 label); respiratory depression was added later, after 40 respiratory-depression and 2 respiratory-arrest reports in about 868,000 sessions (Mar 2019–Feb 2023).',
        'S2',
        'S14',
      ),
      c(
        'BP: a rise of ≥40 mmHg systolic and/or ≥25 mmHg diastolic in 8–19% vs 1–4% on placebo; peak about 40 minutes, lasting about 4 hours. If BP before dosing is above about 140/90, weigh delaying.',
        'S3',
        'S8',
      ),
      c(
        'Not recommended in pregnancy or while breastfeeding; not recommended with severe hepatic impairment. CNS depressants add sedation; psychostimulants and MAOIs can raise BP.',
        'S2',
        'S27',
        'S28',
      ),
    ],
  },
};
