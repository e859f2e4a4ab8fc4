/**
 * What each health answer means for each option: one flag text per health question of the
 * catalogue (the compiler checks that none is missing), and the texts that replace them for some
 * answers. The rule that picks them is in src/results/summarize-flags.ts.
 */
import type { HealthQuestionId } from '../types';
import { c } from './cite';
import type { PerOption } from './types';

/** A title, a short name for use inside a sentence ("an aneurysm"), and a text per option. */
export interface FlagText extends PerOption {
  readonly title: string;
  readonly name: string;
}

/** Answers whose flag reads differently: blood pressure high now, breastfeeding, trying to conceive. */
export type FlagVariantId = 'cx_bp_high_now' | 'cx_pregnant_breastfeeding' | 'cx_pregnant_trying';

/**
 * What the label for ketamine as an anesthetic (Ketalar) says about blood pressure: it must not be
 * used where a big rise in blood pressure would be a serious hazard [S125][S126]. No label covers
 * infusions for depression [S33]; an infusion raises blood pressure [S49].
 */
const KETAMINE_BLOOD_VESSELS = c(
  'No label covers ketamine for depression. But the label for ketamine as an anesthetic says not to use it when a big rise in blood pressure would be a serious danger. Ketamine raises blood pressure during an infusion. Ask the clinic if this rules it out for you.',
  'S33',
  'S125',
  'S126',
  'S49',
);

/** The anesthetic label's blood pressure rule, for a blood pressure that is high now [S125][S126]. */
const KETAMINE_LABEL_BP =
  'The label for ketamine as an anesthetic says not to use it when a big rise in blood pressure would be a serious danger.';

/**
 * The one IV ketamine blood pressure figure, with what counted and the kind of study: a review of
 * clinic records (2,342 infusions in 138 people), severe high blood pressure at least once in 12.5%
 * of people [S49].
 */
const KETAMINE_BP_FIGURE =
  'IV ketamine raises blood pressure during the infusion. In a review of clinic records, 13 out of 100 people had a reading the study called severe at least once over all their infusions. This was more likely with high blood pressure. That review had no comparison group, unlike the Spravato trials.';

/**
 * Flag texts: a title, a short name for use inside a question ("an aneurysm"), then what it means
 * for each option.
 */
export const FLAG_TEXT: Readonly<Record<HealthQuestionId, FlagText>> = {
  cx_aneurysm: {
    title: 'Aneurysm',
    name: 'an aneurysm',
    spravato: c(
      'The Spravato label says it must not be used if you have an aneurysm, a bulge in a blood vessel. This includes one in the brain, chest, belly, arms or legs.',
      'S2',
      'S3',
    ),
    ketamine: KETAMINE_BLOOD_VESSELS,
  },
  cx_avm: {
    title: 'Arteriovenous malformation (AVM)',
    name: 'an AVM',
    spravato: c('The Spravato label says it must not be used by people with an AVM.', 'S2', 'S3'),
    ketamine: KETAMINE_BLOOD_VESSELS,
  },
  cx_brain_bleed: {
    title: 'Bleeding inside the brain',
    name: 'bleeding inside the brain',
    spravato: c(
      'The Spravato label says it must not be used by people who have had bleeding inside the brain.',
      'S3',
    ),
    ketamine: KETAMINE_BLOOD_VESSELS,
  },
  cx_allergy: {
    title: 'Allergy to ketamine or esketamine',
    name: 'an allergy to ketamine',
    spravato: c(
      'The Spravato label says it must not be used if you had an allergic reaction to esketamine or ketamine. The same goes for anything else in the spray.',
      'S2',
      'S3',
    ),
    ketamine: c(
      'The label for ketamine as an anesthetic says not to use it if you are allergic to it. No label covers ketamine for depression. Tell the clinic about any past reaction.',
      'S125',
      'S33',
    ),
  },
  cx_bp: {
    title: 'High blood pressure',
    name: 'high blood pressure',
    spravato: c(
      'Spravato raises blood pressure for about 4 hours after a dose. Staff check it before each dose. If it is above about 140/90, your clinician may wait.',
      'S3',
      'S6',
      'S8',
    ),
    ketamine: c(
      `${KETAMINE_BP_FIGURE} One clinic does not give an infusion above 140/90.`,
      'S49',
      'S50',
    ),
  },
  cx_heart: {
    title: 'Heart or stroke problems',
    name: 'heart or stroke problems',
    spravato: c(
      'Spravato raises blood pressure for a few hours. Trials compared it with a placebo spray. The top number rose by 40 or more, or the bottom one by 25 or more, within 1.5 hours of a dose. In the first 4 weeks, this happened to 8 to 19 out of 100 people on Spravato. On placebo, it was 1 to 4 out of 100.',
      'S3',
    ),
    ketamine: c(
      'IV ketamine raises blood pressure during the infusion. The label for ketamine as an anesthetic says to watch blood pressure and heart rate the whole time. Some studies and clinics do not treat people with a serious heart rhythm problem.',
      'S49',
      'S121',
      'S51',
      'S52',
    ),
  },
  cx_pregnant: {
    title: 'Pregnancy or breastfeeding',
    name: 'pregnancy or breastfeeding',
    spravato: c(
      'The Spravato label says it may harm an unborn baby. This is based on animal studies of ketamine. The label advises against using it while pregnant.',
      'S2',
    ),
    ketamine: c(
      'IV ketamine has no FDA label for depression. Animal studies of ketamine suggest it may harm an unborn baby. Some studies and clinics do not treat people who are pregnant.',
      'S33',
      'S2',
      'S51',
      'S52',
    ),
  },
  cx_psychosis: {
    title: 'Psychosis or schizophrenia',
    name: 'psychosis',
    spravato: c(
      'Spravato can change how you sense things and how real things feel (dissociation). The label says to check people with psychosis with care, and to start only if the benefit is worth the risk.',
      'S2',
    ),
    ketamine: c(
      'IV ketamine can also cause dissociation. Some studies and clinics do not treat people who have psychosis now.',
      'S53',
      'S51',
      'S52',
    ),
  },
  cx_bipolar: {
    title: 'Bipolar disorder',
    name: 'bipolar disorder',
    spravato: c(
      'Spravato is approved for major depression. Ask whether it fits depression in bipolar disorder.',
      'S9',
      'S12',
    ),
    ketamine: c(
      'IV ketamine is not approved for any mental health condition. Some studies and clinics do not treat people who have mania now.',
      'S33',
      'S51',
      'S52',
    ),
  },
  cx_substance: {
    title: 'Alcohol or drug problems',
    name: 'alcohol or drug problems',
    spravato: c(
      'Spravato is a controlled drug that can be misused. The label says to check each person’s risk first, with extra care after alcohol or drug problems.',
      'S2',
      'S6',
    ),
    ketamine: c(
      'Ketamine is a controlled drug. The FDA lists misuse as a risk. Some studies and clinics do not treat people with a drug or alcohol problem.',
      'S33',
      'S51',
      'S52',
    ),
  },
  cx_liver: {
    title: 'Severe liver disease',
    name: 'liver disease',
    spravato: c(
      'The Spravato label advises against it if you have severe liver disease. If it is moderate, staff may watch you for longer.',
      'S2',
    ),
    ketamine: c(
      'The label for ketamine as an anesthetic warns that it can harm the liver. Ask if you need a liver blood test first.',
      'S121',
      'S126',
    ),
  },
  cx_bladder: {
    title: 'Bladder pain or interstitial cystitis',
    name: 'bladder pain',
    spravato: c(
      'Spravato can cause bladder and urine symptoms. Studies up to 1 year found no bladder inflammation (cystitis) caused by it. Staff should ask about urine problems.',
      'S2',
    ),
    ketamine: c(
      'The FDA lists bladder and urine problems as a risk of ketamine. Long-term use or misuse has led to bladder inflammation (cystitis).',
      'S33',
      'S2',
    ),
  },
  cx_head: {
    title: 'Head injury, brain tumor or pressure in the head',
    name: 'a head injury',
    spravato: c(
      'The Spravato label warns about people for whom a rise in blood pressure or in pressure inside the head would be a serious risk. Tell your clinician what happened.',
      'S3',
    ),
    ketamine: c(
      'Ketamine can raise the pressure in the fluid around the brain. The label for ketamine as an anesthetic warns of this. Some studies and clinics do not treat people whose head injury still causes symptoms.',
      'S126',
      'S51',
      'S52',
    ),
  },
  cx_breathing: {
    title: 'Breathing problems',
    name: 'breathing problems',
    spravato: c(
      'Spravato can slow breathing. Staff check your oxygen with a clip on your finger at every visit.',
      'S4',
      'S6',
      'S14',
    ),
    ketamine: c(
      'The FDA lists slowed breathing as a risk of ketamine. The label for ketamine as an anesthetic warns of it too.',
      'S33',
      'S121',
    ),
  },
  cx_meds: {
    title: 'Medicines that can mix badly',
    name: 'my medicines',
    spravato: c(
      'Some medicines make you sleepy, like benzodiazepines and opioids. With Spravato, they add to the sleepiness. Stimulants and MAOIs can raise blood pressure more.',
      'S3',
      'S27',
      'S28',
    ),
    ketamine: c(
      'Some medicines make you sleepy, like benzodiazepines and opioids. The label for ketamine as an anesthetic warns about mixing them with ketamine. Together they can cause very deep sleep and slowed breathing. With some stimulants, it says to check blood pressure and heart rate closely.',
      'S121',
    ),
  },
};

/** Texts that replace the usual ones for some answers. */
export const FLAG_VARIANTS: Readonly<Record<FlagVariantId, PerOption>> = {
  cx_bp_high_now: {
    spravato: c(
      'Spravato raises blood pressure for about 4 hours after a dose. The label warns about people for whom a rise in blood pressure would be a serious risk. If it is above about 140/90 before a dose, your clinician may wait.',
      'S3',
      'S6',
      'S8',
    ),
    ketamine: c(`${KETAMINE_LABEL_BP} ${KETAMINE_BP_FIGURE}`, 'S125', 'S126', 'S49'),
  },
  cx_pregnant_breastfeeding: {
    spravato: c(
      'Spravato passes into breast milk. The label advises against breastfeeding during treatment.',
      'S2',
      'S27',
    ),
    ketamine: c(
      'IV ketamine has no FDA label for depression. Some studies and clinics do not treat people who are breastfeeding.',
      'S33',
      'S51',
      'S52',
    ),
  },
  cx_pregnant_trying: {
    spravato: c(
      'The Spravato label says it may harm an unborn baby. People who could get pregnant should think about planning or preventing pregnancy.',
      'S2',
    ),
    ketamine: c(
      'IV ketamine has no FDA label for depression. Animal studies of ketamine suggest it may harm an unborn baby. Some studies and clinics do not treat people who are pregnant.',
      'S33',
      'S2',
      'S51',
      'S52',
    ),
  },
};
