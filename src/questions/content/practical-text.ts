/**
 * The practical rows: getting there and each visit (logistics), and cost and insurance. Each clinical
 * statement carries its source ids (see references.ts).
 */
import { c, cp } from './cite';
import type { Cited, PerOption } from './types';

export interface LogisticsOptionText {
  readonly visits: Cited;
  readonly hours: Cited;
  readonly ride: Cited;
  readonly needle: Cited;
  readonly nose: Cited;
  readonly travel: (hours: string, visits: string) => Cited;
}

export interface LogisticsText extends PerOption<LogisticsOptionText> {
  readonly minutes: (m: number) => string;
  readonly hours: (r: string) => string;
  readonly atLeastHours: (n: string) => string;
  readonly visitsCount: (n: number) => string;
  readonly firstSeries: (n: number) => string;
}

export interface KetamineCostText {
  readonly notCovered: Cited;
  readonly price: Cited;
}

export interface SpravatoCostText {
  readonly covered: Cited;
  readonly savings: Cited;
  readonly government: Cited;
  readonly noInsurance: Cited;
  readonly price: Cited;
}

/** The two options' cost texts differ: only Spravato has insurer approval and a savings program. */
export interface CostText {
  readonly ketamine: KetamineCostText;
  readonly spravato: SpravatoCostText;
  readonly unsureCoverage: Cited;
}

export const LOGISTICS_TEXT: LogisticsText = {
  ketamine: {
    visits: c(
      'Studies gave 6 infusions over 2 to 3 weeks, 2 or 3 a week. After that, booster visits vary by clinic.',
      'S38',
      'S39',
      'S46',
    ),
    hours: c(
      'Each visit takes about 1 to 2 hours. The infusion takes about 40 minutes. Then you rest for 30 to 60 minutes.',
      'S38',
      'S43',
    ),
    ride: cp(
      'No driving for at least 24 hours after an infusion. You need a ride home with a responsible adult after every visit.',
      'No driving for 24 hours. A ride home with a responsible adult after every visit.',
      'S130',
      'S119',
    ),
    needle: c('It is given through a needle into a vein (an IV line).', 'S38'),
    nose: c('It does not use the nose.', 'S38'),
    travel: (hours: string, visits: string) =>
      c(`Your travel: ${hours} there and back for ${visits}.`, 'S38', 'S39'),
  },
  spravato: {
    visits: c(
      'Weeks 1 to 4: 2 visits a week. Weeks 5 to 8: 1 visit a week. That is 12 visits.',
      'S2',
      'S6',
    ),
    hours: c(
      'Each visit takes about 2 to 3 hours. You take the dose. Then staff watch you for at least 2 hours, until the effects pass.',
      'S4',
      'S6',
    ),
    ride: cp(
      'No driving until the next day, after a night’s sleep. You need a ride home after every visit.',
      'No driving until the next day. A ride home after every visit.',
      'S2',
      'S6',
    ),
    needle: c('It is a nose spray. There is no needle.', 'S2', 'S44'),
    nose: c(
      'You spray it into your nose yourself, at a certified clinic, with staff watching. Use any other nose spray at least 1 hour before.',
      'S5',
      'S7',
      'S13',
    ),
    travel: (hours: string, visits: string) =>
      c(`Your travel: ${hours} there and back for ${visits}.`, 'S2', 'S6'),
  },
  minutes: (m: number) => `${m} minutes`,
  hours: (r: string) => `about ${r} hours`,
  atLeastHours: (n: string) => `at least ${n} hours`,
  visitsCount: (n: number) => `${n} visits`,
  firstSeries: (n: number) => `the first ${n} infusions, plus any boosters`,
};

export const COST_TEXT: CostText = {
  ketamine: {
    notCovered: cp(
      'Insurance usually does not pay for IV ketamine for depression. Ask your insurer.',
      'Insurance usually does not pay for it for depression. Ask your insurer.',
      'S54',
      'S37',
    ),
    price: cp(
      'Self-pay prices on undated web pages: $300 to $1,500 per infusion. One page gave $3,300 to $13,500 for a first series of 6 to 8. Some clinics add a first-visit fee of about $350.',
      'Self-pay prices on undated web pages: $300 to $1,500 per infusion. Some clinics add a first-visit fee.',
      'S54',
      'S55',
      'S56',
      'S57',
    ),
  },
  spravato: {
    covered: cp(
      'Many insurers pay for Spravato but not for IV ketamine. That is because Spravato is approved for depression. They usually need to approve it first.',
      'Many insurers pay for Spravato. They usually need to approve it first.',
      'S37',
      'S54',
      'S22',
    ),
    savings: cp(
      'With private insurance, the maker’s savings program can bring the drug cost down to $10 a session, up to $7,150 a year. It does not pay for the clinic visit. A separate rebate can bring the cost of the watching time down to as little as $0 a visit, up to a yearly limit, except in MA, MI, MN and RI. Terms change.',
      'With private insurance, the maker’s program can cut the drug cost to $10 a session. It does not pay for the clinic visit; a separate rebate may, except in MA, MI, MN and RI. Terms change.',
      'S22',
    ),
    government: cp(
      'The maker’s savings program is not for Medicare, Medicaid or other government plans. Ask your plan what it pays.',
      'The maker’s savings program is not for Medicare or Medicaid. Ask your plan what it pays.',
      'S22',
    ),
    noInsurance: c(
      'Without insurance you would pay for the drug and the clinic visits yourself. In 2019, the first month of the drug alone was $4,720 to $6,785.',
      'S19',
      'S22',
    ),
    price: cp(
      'We found no current price. In 2019 the list price was $590 to $885 per session. Clinic and watching-time fees are extra.',
      'No current price found. In 2019 the drug was $590 to $885 a session. Clinic fees are extra.',
      'S19',
      'S22',
    ),
  },
  unsureCoverage: c('Find out what coverage you have. It changes what you would pay.'),
};
