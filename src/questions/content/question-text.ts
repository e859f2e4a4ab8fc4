/** Questions the person may take to their clinician; summarize-choices.ts picks them from the answers. */

type QuestionLabel =
  | 'safety'
  | 'howWillWeKnow'
  | 'findOut'
  | 'adTrials'
  | 'adCurrent'
  | 'coverage'
  | 'ketamineCost'
  | 'ride'
  | 'ketamineRide'
  | 'boosters'
  | 'spravatoAfter'
  | 'needles'
  | 'nasal'
  | 'before'
  | 'others';

export interface QuestionText extends Readonly<Record<QuestionLabel, string>> {
  readonly labelFlags: (names: readonly string[]) => string;
  readonly discussFlags: (names: readonly string[]) => string;
}

/** "a", "a and b", or "a, b and c". */
function listOf(items: readonly string[]): string {
  const head = items.slice(0, -1);
  const last = items.at(-1) ?? '';
  return head.length > 0 ? `${head.join(', ')} and ${last}` : last;
}

export const QUESTION_TEXT: QuestionText = {
  safety: 'I have had thoughts of death or of hurting myself. Can we talk about that today?',
  howWillWeKnow: 'How will we know if a treatment is working, and when would we check?',
  labelFlags: (names: readonly string[]) =>
    `With ${listOf(names)}, does a label rule out Spravato or IV ketamine for me?`,
  discussFlags: (names: readonly string[]) =>
    `How do my answers about ${listOf(names)} affect each option?`,
  findOut: 'Can we check the health items I was not sure about before I start?',
  adTrials: 'Do the antidepressants I have tried count toward the 2 needed for Spravato?',
  adCurrent: 'Should I keep taking my antidepressant during treatment?',
  coverage: 'Will my insurance pay for Spravato? What would I pay for each clinic visit?',
  ketamineCost: 'What would a full series of IV ketamine cost here, with any first-visit fee?',
  ride: 'How can I get home after each visit if no one can drive me?',
  ketamineRide:
    'After an IV ketamine infusion, how long does this clinic say I must wait to drive?',
  boosters: 'If IV ketamine helps, how often would I need booster infusions, and for how long?',
  spravatoAfter: 'If Spravato helps, how often would I need visits after week 8?',
  needles: 'What can the clinic do to help with my fear of needles?',
  nasal: 'Can I use Spravato with the nose problems I have?',
  before: 'Ketamine or Spravato helped or bothered me before. What does that mean now?',
  others: 'What other options could I think about, such as ECT, TMS, or changing my medicines?',
};
