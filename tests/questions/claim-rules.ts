/**
 * Claims the content must never make, as rules that read one piece of text and name what is wrong.
 * Each rule works sentence by sentence (and, where a sentence joins two statements, clause by
 * clause), so "Spravato is approved by the FDA, and IV ketamine is used off-label" is fine while
 * "IV ketamine is FDA-approved for depression" is not.
 */

export interface ClaimContext {
  /** The option the text is about, when its place says so (an option's facts, a flag for it). */
  readonly option?: 'ketamine' | 'spravato';
}

export interface ClaimRule {
  readonly id: string;
  readonly description: string;
  /** The sentences (or clauses) of `text` that break the rule. */
  readonly check: (text: string, context?: ClaimContext) => string[];
}

/** Splits text into sentences at a full stop, question mark or exclamation mark. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?]["'”’)]?)\s+(?=["'“‘(]?[A-Z0-9$])/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Splits a sentence where it joins two statements: ",", ";", ":", " and ", " but ", " while ". */
function clauses(sentence: string): string[] {
  return sentence
    .split(/[,;:—]|\b(?:and|but|while|whereas)\b/i)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

const NEGATION = /\b(?:not|no|never|neither|nor|cannot)\b|n['’]t\b/i;

/** True when `pattern` occurs in `text` and a negation comes before it ("never at home"). */
function negatedBefore(text: string, pattern: RegExp): boolean {
  const at = text.search(pattern);
  return at >= 0 && NEGATION.test(text.slice(0, at));
}
const MENTIONS_SPRAVATO = /\b(?:spravato|esketamine|nasal spray|nose spray|the spray)\b/i;
const MENTIONS_KETAMINE = /\bketamine\b/i;

const HOME_USE =
  /\b(?:at home|take (?:it |them |the spray |spravato )?home|taken home|home use|use (?:it )?at home|home treatment)\b/i;

const spravatoAtHome: ClaimRule = {
  id: 'spravato-at-home',
  description:
    'Spravato used or taken at home (it is only given in a certified clinic). A negation before the words, as in "never at home" or "can\'t take it home", is allowed.',
  check: (text, context) =>
    sentences(text).filter(
      (s) =>
        HOME_USE.test(s) &&
        (MENTIONS_SPRAVATO.test(s) ||
          (context?.option === 'spravato' && !MENTIONS_KETAMINE.test(s))) &&
        !negatedBefore(s, HOME_USE),
    ),
};

const APPROVAL =
  /\bFDA[- ]approved\b|\bapproved by the FDA\b|\bFDA (?:has |have |had )?approved\b|\b(?:is|are|was|were|been) approved\b|\bapproved (?:for|to treat)\b|\bFDA approval\b/i;
const ANESTHETIC_USE = /\banesthe|\bsurgery\b|\b1970\b/i;

const ketamineFdaApproved: ClaimRule = {
  id: 'ketamine-fda-approved',
  description:
    'IV ketamine called approved (by the FDA) for depression. It is approved only as an anesthetic; a clause about that use, or a negated clause, is allowed.',
  check: (text, context) =>
    sentences(text).flatMap((s) =>
      clauses(s).filter(
        (c) =>
          APPROVAL.test(c) &&
          (MENTIONS_KETAMINE.test(c) ||
            (context?.option === 'ketamine' &&
              !MENTIONS_SPRAVATO.test(c) &&
              /^(?:it|this)\b/i.test(c))) &&
          !negatedBefore(c, APPROVAL) &&
          !ANESTHETIC_USE.test(c),
      ),
    ),
};

const cure: ClaimRule = {
  id: 'cure',
  description: 'The word "cure" (or cures, cured, curing): neither treatment is a cure.',
  check: (text) => sentences(text).filter((s) => /\bcur(?:e|es|ed|ing|ative)\b/i.test(s)),
};

const SAFE = /\bsafe(?:ly|r|st)?\b/i;

const unqualifiedSafe: ClaimRule = {
  id: 'unqualified-safe',
  description:
    'The words "safe", "safely", "safer" or "safest", unless a negation comes before them in the clause ("no treatment is safe for everyone"). "Safety" and "unsafe" are allowed.',
  check: (text) =>
    sentences(text).flatMap((s) =>
      clauses(s).filter((c) => SAFE.test(c) && !negatedBefore(c, SAFE)),
    ),
};

const VERBAL_RISK =
  /\b(?:rare|rarely|common|commonly|uncommon|uncommonly|often|frequent|frequently|infrequent|infrequently)\b/i;
const HAS_NUMBER =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|half|hundred|thousand)\b/i;

const verbalOnlyRisk: ClaimRule = {
  id: 'verbal-only-risk',
  description:
    'A frequency word ("rare", "common", "uncommon", "often", "frequent") in a sentence with no number next to it. The question "how often" is allowed.',
  check: (text) =>
    sentences(text).filter(
      (s) => VERBAL_RISK.test(s.replace(/\bhow often\b/gi, '')) && !HAS_NUMBER.test(s),
    ),
};

const WARNING_TOPIC =
  /\b(?:pregnan\w*|breastfeed\w*|psychosis|blood pressure|hypertension|liver)\b/i;
const FORBIDS =
  /\bcontraindicat\w*|\bmust not\b|\bcannot be used\b|\brules? (?:it |you )?out\b|\bnot allowed\b/i;

const spravatoWarningAsContraindication: ClaimRule = {
  id: 'spravato-warning-as-contraindication',
  description:
    'Pregnancy, breastfeeding, psychosis, blood pressure or liver disease called a reason Spravato must not be used. On its label these are warnings; it lists only 3 contraindications.',
  check: (text, context) =>
    sentences(text).filter(
      (s) =>
        WARNING_TOPIC.test(s) &&
        FORBIDS.test(s) &&
        (MENTIONS_SPRAVATO.test(s) || context?.option === 'spravato'),
    ),
};

const DRIVING = /\bdriv\w*|\brides?\b/i;
const UNKNOWN =
  /\b(?:our )?sources (?:do not|don['’]t) say\b|\bsources say nothing\b|\bno (?:label )?rule about driving\b/i;

const drivingUnknown: ClaimRule = {
  id: 'driving-rule-unknown',
  description:
    'Saying our sources give no rule about driving or getting home after ketamine ("our sources do not say"): the facts file gives one (no driving for at least 24 hours, go home with a responsible adult).',
  check: (text) => (DRIVING.test(text) ? sentences(text).filter((s) => UNKNOWN.test(s)) : []),
};

const ANY_VESSEL_DISEASE =
  /\b(?<!aneurysmal )(?:blood[- ]vessel|vascular) disease\b|\bdiseases? of (?:the )?blood vessels\b/i;
const RULES_OUT =
  /\bcontraindicat\w*|\bmust not\b|\bcannot be used\b|\bnot (?:to )?(?:be )?used?\b|\brules? (?:it |you )?out\b|\bsays not to\b/i;

const anyVesselDiseaseContraindication: ClaimRule = {
  id: 'any-vessel-disease-contraindication',
  description:
    'Any disease of the blood vessels called a reason not to use a treatment, in its own sentence or through the text around it ("the same goes for"). The Spravato label names an aneurysm (aneurysmal vascular disease) or an AVM, not any vessel disease.',
  check: (text) =>
    RULES_OUT.test(text) ? sentences(text).filter((s) => ANY_VESSEL_DISEASE.test(s)) : [],
};

export const CLAIM_RULES: readonly ClaimRule[] = [
  spravatoWarningAsContraindication,
  drivingUnknown,
  anyVesselDiseaseContraindication,
  spravatoAtHome,
  ketamineFdaApproved,
  cure,
  unqualifiedSafe,
  verbalOnlyRisk,
];

export function getClaimRule(id: string): ClaimRule {
  const rule = CLAIM_RULES.find((r) => r.id === id);
  if (!rule) throw new Error(`No claim rule ${id}`);
  return rule;
}
