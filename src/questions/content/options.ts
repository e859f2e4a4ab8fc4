/**
 * Facts about the two options, field by field, with the same structure for both.
 * Every fact comes from the clinical fact sheet (tags V or P only) and carries its source ids.
 * IV ketamine has no depression label, so its cautions come from trials, clinics and the FDA's
 * 2023 list of risks, and each such fact says so.
 */
import type { OptionFacts } from './types';

const ketamine: OptionFacts = {
  id: 'ketamine',
  name: 'IV ketamine infusion',
  fields: {
    what: [
      {
        text: 'Ketamine is a medicine. It drips slowly into a vein through a thin tube, called an IV line.',
        sources: ['S38', 'S39'],
      },
      {
        text: 'The dose is set by your weight. Most studies gave 0.5 mg for each kg of weight, over 40 minutes.',
        sources: ['S38', 'S39'],
      },
    ],
    status: [
      {
        text: 'The FDA approved ketamine in 1970 as an anesthetic. That is a drug that puts people to sleep for surgery.',
        sources: ['S32', 'S33'],
      },
      {
        text: 'The FDA has not approved ketamine for depression, or for any other mental health problem. So its use for depression is called "off-label."',
        sources: ['S33', 'S34'],
      },
      {
        text: 'It is a controlled drug (Schedule III), because it can be misused.',
        sources: ['S32', 'S33'],
      },
    ],
    visit: [
      {
        text: 'Staff put a thin tube (an IV line) into a vein. The medicine drips in over about 40 minutes.',
        sources: ['S38', 'S43'],
      },
      {
        text: 'Staff check your blood pressure and heart rate. In one hospital study, they checked blood pressure every 10 minutes during the drip and every 15 minutes after.',
        sources: ['S48', 'S50'],
      },
      {
        text: 'Then you rest until the effects wear off.',
        sources: ['S43'],
      },
    ],
    schedule: [
      {
        text: 'There is no official schedule for depression. Studies gave 6 drips over 2 to 3 weeks, 2 or 3 a week.',
        sources: ['S33', 'S47', 'S38', 'S39'],
      },
      {
        text: 'After that, there is no set plan. Some clinics offer "booster" drips, spaced in different ways.',
        sources: ['S39', 'S46', 'S47'],
      },
    ],
    visitTime: [
      {
        text: 'The drip takes about 40 to 50 minutes. One clinic says to plan 30 to 60 more minutes to rest after.',
        sources: ['S43', 'S38'],
      },
      {
        text: 'So plan for about 1 to 2 hours at each visit, plus travel.',
        sources: ['S43'],
      },
    ],
    whoWhere: [
      {
        text: 'It is given at a clinic or hospital, where staff watch you during and after the drip.',
        sources: ['S43', 'S48', 'S50'],
      },
      {
        text: 'In 2023, the FDA warned about ketamine mixed by pharmacies and used at home. With no health worker there, the risk is higher.',
        sources: ['S33', 'S34'],
      },
    ],
    after: [
      {
        text: 'Do not drive or do anything risky for at least 24 hours after ketamine. This is Mayo Clinic advice for ketamine injection. Your clinic may say longer.',
        sources: ['S130'],
      },
      {
        text: 'The older label for ketamine as an anesthetic says you should go home with a responsible adult. So plan a ride home after every drip.',
        sources: ['S119'],
      },
    ],
    commonSideEffects: [
      {
        text: 'A large review listed the side effects seen most right after a drip. They were headache, feeling dizzy, feeling unreal (dissociation), and anxiety. Others were higher blood pressure and blurred vision.',
        sources: ['S53'],
      },
      {
        text: 'That review gave no rate for each one. Another review looked at 2,342 drips. Blood pressure was highest at about 40 minutes. On average, the top number rose by 16.',
        sources: ['S53', 'S49'],
      },
      {
        text: 'Clinics also report nausea. We found no study rate for it.',
        sources: ['S42'],
      },
    ],
    seriousRisks: [
      {
        text: 'In 2023, the FDA listed the risks of ketamine products. They are misuse, mental health effects, high blood pressure, slowed breathing, and bladder problems.',
        sources: ['S33', 'S34'],
      },
      {
        text: 'One review looked at clinic records of 2,342 drips. About 13 out of 100 people had a reading the study called severe high blood pressure at least once. That was about 1 in 100 drips. It was more likely in the first 3 drips, in older people and in people with high blood pressure. The review had no comparison group.',
        sources: ['S49'],
      },
      {
        text: 'The label for ketamine as an anesthetic also warns of harm to the liver. It warns that mixing it with medicines that make you sleepy can cause very deep sleep and slowed breathing.',
        sources: ['S121'],
      },
    ],
    whoShouldNot: [
      {
        text: 'No label covers ketamine for depression. The label for ketamine as an anesthetic lists 2 reasons not to use it. One is when a big rise in blood pressure would be a serious danger. The other is an allergy to ketamine.',
        sources: ['S33', 'S125', 'S126'],
      },
      {
        text: 'Trials and clinics have left out some people. This includes people who have psychosis or mania now, or drug or alcohol problems. It includes people who are pregnant or breastfeeding.',
        sources: ['S51', 'S52'],
      },
      {
        text: 'It also includes people with high blood pressure that is not under control. It includes people with serious heart rhythm problems. And it includes people with unstable blood vessel disease in the brain, or a brain injury that still causes symptoms.',
        sources: ['S51', 'S52'],
      },
      {
        text: 'One clinic has a limit. It will not give a drip if your blood pressure at rest is over 140/90.',
        sources: ['S50'],
      },
    ],
    cost: [
      {
        text: 'Clinics charge about $400 to $800 for each drip. A first visit adds about $350. Other sites list $300 to $1,500 a drip. These prices have no date.',
        sources: ['S54', 'S55', 'S57'],
      },
      {
        text: 'One site says a first series of 6 to 8 drips costs $3,300 to $13,500.',
        sources: ['S56'],
      },
      {
        text: 'Insurance usually does not pay for ketamine for depression. Ask your insurer. The drug itself costs less than $10; staff and care make up the price.',
        sources: ['S54', 'S37'],
      },
    ],
    unknowns: [
      {
        text: 'Studies were small and short. Less is known about how well it works, and about its safety, over months and years.',
        sources: ['S47', 'S53'],
      },
      {
        text: 'One small study followed people who got better. Half of them felt depressed again within 18 days of their last drip.',
        sources: ['S39'],
      },
      {
        text: 'In the studies, many people could tell they got the drug by how it felt. This may make results look better.',
        sources: ['S58'],
      },
      {
        text: 'No large study has compared IV ketamine with Spravato head to head.',
        sources: ['S58', 'S59'],
      },
    ],
  },
};

const spravato: OptionFacts = {
  id: 'spravato',
  name: 'Spravato nasal spray',
  fields: {
    what: [
      {
        text: 'Spravato is a nose spray. It holds esketamine, one of the two mirror-image forms that make up ketamine.',
        sources: ['S1', 'S44'],
      },
      {
        text: 'It comes in set doses. Each device gives one spray in each side of your nose. A dose uses 2 or 3 devices (56 or 84 mg).',
        sources: ['S2', 'S44'],
      },
    ],
    status: [
      {
        text: 'The FDA approved Spravato in 2019. It was for adults whose depression had not got better after 2 or more antidepressants. It was used with an antidepressant pill.',
        sources: ['S12', 'S11'],
      },
      {
        text: 'In 2020, it was also approved for depression with thoughts of suicide, with an antidepressant pill. But it has not been shown to prevent suicide.',
        sources: ['S11', 'S3'],
      },
      {
        text: 'In 2025, it was approved for use on its own, without a pill, when 2 or more antidepressants have not helped.',
        sources: ['S9'],
      },
      {
        text: 'It is a controlled drug (Schedule III), because it can be misused.',
        sources: ['S44', 'S2'],
      },
    ],
    visit: [
      {
        text: 'You spray it into your own nose at a certified clinic, while a health worker watches. You wait 5 minutes between devices.',
        sources: ['S5', 'S6'],
      },
      {
        text: 'Staff check your blood pressure before the dose and about 40 minutes after. They check your breathing with a clip on your finger.',
        sources: ['S6', 'S4'],
      },
      {
        text: 'Do not eat for 2 hours or drink for 30 minutes before.',
        sources: ['S7', 'S13'],
      },
    ],
    schedule: [
      {
        text: 'Weeks 1 to 4: 2 visits a week. Then your clinician checks if it is helping.',
        sources: ['S2', 'S6', 'S24'],
      },
      {
        text: 'Weeks 5 to 8: 1 visit a week. After that, every week or every 2 weeks, as few as keep you well.',
        sources: ['S6', 'S24'],
      },
    ],
    visitTime: [
      {
        text: 'Staff watch you for at least 2 hours after the dose, and longer if you still feel the effects.',
        sources: ['S4'],
      },
      {
        text: 'So plan for more than 2 hours at each visit, plus travel.',
        sources: ['S4', 'S6'],
      },
    ],
    whoWhere: [
      {
        text: 'It is only given at a certified clinic, with a prescriber there. The clinic must be part of the Spravato safety program (REMS).',
        sources: ['S4', 'S5'],
      },
      {
        text: 'It is never given to you to use at home. The clinic signs you up in the program before your first dose.',
        sources: ['S5', 'S12'],
      },
    ],
    after: [
      {
        text: 'Do not drive or use machines until the next day, after a good night of sleep. Plan a ride home.',
        sources: ['S6', 'S2', 'S7'],
      },
      {
        text: 'In a study of healthy people, thinking was slower 40 minutes after one dose. It was back to normal by 2 hours.',
        sources: ['S3'],
      },
    ],
    commonSideEffects: [
      {
        text: 'Short studies gave Spravato with a pill. Out of 100 people, 41 felt unreal (dissociation). Also, 29 felt dizzy, 28 felt sick to their stomach, 23 felt sleepy, and 23 felt the room spin.',
        sources: ['S17', 'S2'],
      },
      {
        text: 'And 18 felt numb, 13 felt anxious, and 11 felt tired. Then 10 had higher blood pressure, 9 threw up, and 5 felt drunk.',
        sources: ['S17', 'S2'],
      },
      {
        text: 'These effects mostly start soon after a dose and go away the same day.',
        sources: ['S7', 'S31'],
      },
    ],
    seriousRisks: [
      {
        text: 'The label has a boxed warning. It warns of deep sleepiness, feeling unreal, slowed breathing and misuse. Like other antidepressants, it also warns of more suicidal thoughts in people 24 and under.',
        sources: ['S2', 'S14'],
      },
      {
        text: 'In trials, blood pressure rose a lot at least once in the first 4 weeks in 8 to 19 out of 100 people on Spravato. On a placebo spray, it was 1 to 4 out of 100. "A lot" means the top number rose by 40 or more, or the bottom one by 25 or more, within 1.5 hours of a dose.',
        sources: ['S3'],
      },
      {
        text: 'In studies, 3 or 4 out of 1,000 people passed out.',
        sources: ['S3'],
      },
      {
        text: 'Slowed breathing is also a risk. From March 2019 to February 2023, there were about 868,000 visits. There were 40 reports of slowed breathing and 2 of stopped breathing.',
        sources: ['S14'],
      },
    ],
    whoShouldNot: [
      {
        text: 'The label lists 3 reasons not to use it. One is an aneurysm or an AVM (blood vessel problems). One is any past bleeding inside the brain. One is an allergy to esketamine, ketamine or anything in the spray.',
        sources: ['S2', 'S3'],
      },
      {
        text: 'The label also has warnings. These mean take care, not do not use. It warns about pregnancy and breastfeeding (not advised), psychosis, and high blood pressure. It also warns about past drug or alcohol problems and severe liver disease.',
        sources: ['S2', 'S3', 'S27'],
      },
      {
        text: 'If your blood pressure is over about 140/90 before a dose, your clinician may wait.',
        sources: ['S8'],
      },
    ],
    cost: [
      {
        text: 'In 2019, the list price was $590 to $885 a visit, for the drug alone. Ask your clinic about the price today.',
        sources: ['S19'],
      },
      {
        text: 'Insurance may pay for it. Your clinician usually has to get approval from your plan first. The clinic visit and watching time cost extra.',
        sources: ['S22', 'S37'],
      },
      {
        text: 'With private insurance, a maker’s program may cut the drug cost. It can go as low as $10 a visit, up to $7,150 a year. A separate rebate can cut the cost of the watching time to as little as $0 a visit, up to a yearly limit. The drug program is not for Medicare or Medicaid. Terms change.',
        sources: ['S22'],
      },
    ],
    unknowns: [
      {
        text: 'Effects on thinking and memory after more than 1 year of use have not been studied.',
        sources: ['S3'],
      },
      {
        text: 'In the studies, many people could tell they got the drug by how it felt. This may make results look better.',
        sources: ['S58'],
      },
      {
        text: 'A long study let 1,148 people keep using Spravato, from 2016 to 2022. Everyone knew they got Spravato, and there was no comparison group. So it cannot show how many people it would help.',
        sources: ['S133'],
      },
      {
        text: 'No large study has compared Spravato with IV ketamine head to head.',
        sources: ['S58', 'S59'],
      },
    ],
  },
};

export const OPTION_FACTS: readonly OptionFacts[] = [ketamine, spravato];

/** How the two options are ordered everywhere, said in one line. */
export const OPTION_ORDER_STATEMENT =
  'The two options are listed in A to Z order by name. The order does not mean one is better.';

/** Both options, sorted alphabetically by display name: IV ketamine infusion, then Spravato nasal spray. */
export function optionsInDisplayOrder(): readonly OptionFacts[] {
  return [...OPTION_FACTS].sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

/** The facts of one option. */
export function getOptionFacts(id: OptionFacts['id']): OptionFacts {
  const facts = OPTION_FACTS.find((o) => o.id === id);
  if (!facts) throw new Error(`Unknown option id: ${id}`);
  return facts;
}
