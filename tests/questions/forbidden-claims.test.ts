import { describe, expect, it } from 'vitest';
import { CLAIM_RULES, getClaimRule } from './claim-rules';
import { patientFacingTexts } from './content-walk';

describe('each claim rule catches what it is for and lets fair wording through', () => {
  it.each([
    ['spravato-at-home', 'You can use Spravato at home after the first month.', {}],
    ['spravato-at-home', 'Spravato can be taken home with no one watching.', {}],
    ['spravato-at-home', 'After a few visits, you can take it home.', { option: 'spravato' }],
    ['ketamine-fda-approved', 'IV ketamine is FDA-approved for depression.', {}],
    [
      'ketamine-fda-approved',
      'Both Spravato and IV ketamine are approved by the FDA for depression.',
      {},
    ],
    ['ketamine-fda-approved', 'It is approved for depression.', { option: 'ketamine' }],
    ['spravato-warning-as-contraindication', 'Spravato must not be used in pregnancy.', {}],
    [
      'spravato-warning-as-contraindication',
      'Psychosis is a contraindication.',
      { option: 'spravato' },
    ],
    ['cure', 'Ketamine can cure depression.', {}],
    ['cure', 'Many people feel cured.', {}],
    ['unqualified-safe', 'Spravato is safe.', {}],
    ['unqualified-safe', 'IV ketamine is safer, with no serious risks.', {}],
    ['verbal-only-risk', 'Nausea is common.', {}],
    ['verbal-only-risk', 'Slowed breathing is rare.', {}],
    ['verbal-only-risk', 'People often feel dizzy.', {}],
    ['driving-rule-unknown', 'Our sources do not say. Ask the clinic if you need a ride home.', {}],
    [
      'driving-rule-unknown',
      'Our sources do not say when you can drive after an infusion.',
      { option: 'ketamine' },
    ],
    ['driving-rule-unknown', 'There is no label rule about driving after ketamine.', {}],
    [
      'any-vessel-disease-contraindication',
      'The Spravato label says it must not be used if you have an aneurysm. The same goes for blood vessel disease in the brain, chest, belly, arms or legs.',
      {},
    ],
    [
      'any-vessel-disease-contraindication',
      'The label lists an aneurysm, blood vessel disease or AVM as reasons not to use it.',
      { option: 'spravato' },
    ],
  ] as const)('rule %s flags "%s"', (id, text, context) => {
    expect(getClaimRule(id).check(text, context)).not.toEqual([]);
  });

  it.each([
    ['spravato-at-home', 'Spravato is never given to you to use at home.', {}],
    ['spravato-at-home', 'You can’t take it home.', { option: 'spravato' }],
    ['spravato-at-home', 'Plan a ride home after Spravato.', {}],
    [
      'spravato-at-home',
      'The FDA warned that ketamine used at home adds risk.',
      { option: 'ketamine' },
    ],
    ['ketamine-fda-approved', 'The FDA has not approved ketamine for depression.', {}],
    ['ketamine-fda-approved', 'The FDA approved ketamine in 1970 as an anesthetic.', {}],
    [
      'ketamine-fda-approved',
      'Spravato is approved by the FDA for depression, and IV ketamine is used off-label.',
      {},
    ],
    [
      'ketamine-fda-approved',
      'Neither IV ketamine nor Spravato is approved for people under 18.',
      {},
    ],
    [
      'spravato-warning-as-contraindication',
      'The Spravato label advises against use in pregnancy.',
      {},
    ],
    [
      'spravato-warning-as-contraindication',
      'The label says it must not be used after bleeding in the brain.',
      { option: 'spravato' },
    ],
    ['cure', 'Secure your ride home.', {}],
    ['unqualified-safe', 'The Spravato safety program is called REMS.', {}],
    ['unqualified-safe', 'No treatment is safe for everyone.', {}],
    ['verbal-only-risk', 'Nausea is common: 28 out of 100 people had it.', {}],
    ['verbal-only-risk', 'Side effects usually go away the same day.', {}],
    ['verbal-only-risk', 'How often would I need a booster?', {}],
    [
      'driving-rule-unknown',
      'No driving for at least 24 hours after an infusion. You need a ride home.',
      {},
    ],
    ['driving-rule-unknown', 'Our sources do not say how soon you can start.', {}],
    [
      'any-vessel-disease-contraindication',
      'The label says it must not be used if you have an aneurysm, a bulge in a blood vessel.',
      {},
    ],
    [
      'any-vessel-disease-contraindication',
      'Some studies and clinics do not treat people with unstable blood vessel disease in the brain.',
      {},
    ],
  ] as const)('rule %s lets "%s" through', (id, text, context) => {
    expect(getClaimRule(id).check(text, context)).toEqual([]);
  });
});

const texts = patientFacingTexts();

describe('no patient-facing text makes a claim we must never make', () => {
  it.each(CLAIM_RULES.map((r) => [r.id, r] as const))(
    'finds no text breaking rule %s',
    (_id, rule) => {
      const broken = texts.flatMap((t) =>
        rule.check(t.text, t.option ? { option: t.option } : {}).map((s) => `${t.where}: ${s}`),
      );
      expect(broken).toEqual([]);
    },
  );
});
