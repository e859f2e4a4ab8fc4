/** Words we cannot avoid, explained in plain language, each with its source. */
import type { GlossaryEntry } from './types';

export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    term: 'Anesthetic',
    definition: 'A medicine that puts you to sleep or numbs you for surgery.',
    sources: ['S32'],
  },
  {
    term: 'Boxed warning',
    definition: 'A warning set in a box at the top of a drug label. The Spravato label has one.',
    sources: ['S2'],
  },
  {
    term: 'Contraindication',
    definition:
      'A reason a drug must not be used. The Spravato label lists 3. A warning is different: it means take care, and your clinician decides.',
    sources: ['S2', 'S3'],
  },
  {
    term: 'Dissociation',
    definition:
      'Feeling detached or unreal, as if you are outside your body or the world is not real.',
    sources: ['S2', 'S53'],
  },
  {
    term: 'Esketamine',
    definition:
      'Ketamine is made of two mirror-image forms. Esketamine is one of them. It is the drug in Spravato.',
    sources: ['S1', 'S44'],
  },
  {
    term: 'Infusion',
    definition:
      'A medicine that drips slowly into a vein through a thin tube (an IV line). IV ketamine is given this way, over about 40 minutes.',
    sources: ['S38', 'S39'],
  },
  {
    term: 'Off-label',
    definition:
      'Using a drug for a reason the FDA has not approved. Ketamine is approved only as an anesthetic. So its use for depression is off-label.',
    sources: ['S33', 'S32'],
  },
  {
    term: 'PHQ-9',
    definition:
      'A short list of 9 questions about how you have felt over the last 2 weeks. It gives a score from 0 to 27. It is a check to share with your clinician, not a diagnosis.',
    sources: ['S100'],
  },
  {
    term: 'Placebo',
    definition: 'A look-alike with no drug in it. Studies use it to see what the real drug adds.',
    sources: ['S60', 'S61'],
  },
  {
    term: 'Pulse oximeter',
    definition: 'A small clip on your finger that checks how much oxygen is in your blood.',
    sources: ['S4', 'S6'],
  },
  {
    term: 'REMS',
    definition:
      'A safety program the FDA requires for some drugs. For Spravato, it means it is only given at certified clinics, where staff watch you for at least 2 hours.',
    sources: ['S4', 'S5'],
  },
  {
    term: 'Response and remission',
    definition:
      'In studies, "response" means a depression score fell by half or more. "Remission" means the score fell into the normal range.',
    sources: ['S60', 'S63'],
  },
  {
    term: 'Schedule III',
    definition:
      'A group of controlled drugs that can be misused. Both ketamine and Spravato are in it.',
    sources: ['S32', 'S44'],
  },
  {
    term: 'Treatment-resistant depression',
    definition:
      'Depression that has not got better after at least 2 antidepressants, taken at a full dose for long enough. Studies do not all use the same meaning.',
    sources: ['S12', 'S81'],
  },
];

/** The entry for a term, matched without regard to case. */
export function getGlossaryEntry(term: string): GlossaryEntry | undefined {
  const wanted = term.toLowerCase();
  return GLOSSARY.find((e) => e.term.toLowerCase() === wanted);
}
