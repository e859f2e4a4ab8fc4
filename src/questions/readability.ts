/**
 * Readability figures for our patient-facing text: words, sentences, syllables and the
 * Flesch-Kincaid grade, computed exactly from those counts (no rounding before the formula).
 *
 * Counting follows Flesch's own instructions ("How to Write Plain English", 1979, chapter 2):
 * contractions, hyphenated words, abbreviations, figures and symbols each count as one word;
 * syllables are counted as words are pronounced, and abbreviations, figures, symbols and their
 * combinations ("FDA", "IV", "$2,000", "41%", "140/90", "PHQ-9") count as one syllable.
 * Sentences end only at a full stop, question mark or exclamation mark (Flesch also counts colons,
 * semicolons and dashes; we do not, which can only raise the grade).
 * Syllables of ordinary words come from an English vowel-group heuristic with a few exceptions.
 */

export interface TextStats {
  readonly words: number;
  readonly sentences: number;
  readonly syllables: number;
}

/** Capitalised words read as words, not letter by letter. */
const ACRONYMS_READ_AS_WORDS = new Set([
  'REMS',
  'NICE',
  'SAINT',
  'TRANSFORM',
  'SUSTAIN',
  'ESCAPE',
  'ELEKT',
  'NASA',
  'AIDS',
]);

/** Words the vowel-group heuristic gets wrong, with their syllable counts. */
const EXCEPTIONS: Readonly<Record<string, number>> = {
  every: 2,
  everyone: 3,
  everything: 3,
  business: 2,
  different: 3,
  several: 3,
  people: 2,
  area: 3,
  idea: 3,
  being: 2,
  doing: 2,
  going: 2,
  seeing: 2,
  create: 2,
  science: 2,
  quiet: 2,
  diet: 2,
  via: 2,
  toward: 2,
  maybe: 2,
  someone: 2,
  sometimes: 2,
  somewhere: 2,
  whenever: 3,
  therapy: 3,
  esketamine: 4,
  ketamine: 3,
  spravato: 3,
  naive: 2,
  coordinate: 4,
  cooperate: 4,
  reason: 2,
  ocean: 2,
  patient: 2,
  patients: 2,
  medicine: 3,
  medicines: 3,
  schizophrenia: 5,
  anesthesia: 4,
  apnea: 3,
  psychosis: 3,
  fluoxetine: 4,
  quetiapine: 4,
  olanzapine: 4,
  aripiprazole: 5,
  brexpiprazole: 4,
  oximeter: 4,
  prior: 2,
  trial: 2,
  trials: 2,
  dial: 2,
  real: 1,
  any: 2,
  anyone: 3,
  anything: 3,
  anybody: 4,
  many: 2,
  react: 2,
  reaction: 3,
  rhythm: 2,
  dissociation: 5,
  dissociative: 5,
};

/** Syllables of one alphabetic word, by counting vowel groups with the usual English corrections. */
function wordSyllables(raw: string): number {
  const word = raw.toLowerCase();
  const known =
    EXCEPTIONS[word] ?? (word.endsWith('s') ? EXCEPTIONS[word.slice(0, -1)] : undefined);
  if (known !== undefined) return known;
  if (word.length <= 3) return 1;

  // A leading "y" is a consonant ("yes", "year").
  let w = word.replace(/^y/, '');
  // Silent endings: "-es" (but not "-ses", "-ches" ...), "-ed" (except after t or d), and a final
  // "-e" (but not "-le" after a consonant, as in "little").
  // A silent "e" before a suffix: "like-ly", "hope-less", "state-ments", "some-what".
  w = w.replace(/([^aeiouy])e(ly|less|ment|ments|ful|ness|what|times|thing|where|body)$/, '$1$2');
  if (/[^aeiouy]es$/.test(w) && !/(s|z|c|g|ch|sh|x|[^aeiouy]l)es$/.test(w)) w = w.slice(0, -2);
  else if (/[^aeiouytd]ed$/.test(w)) w = w.slice(0, -2);
  else if (/[^aeiouy]e$/.test(w) && !/[^aeiouy]le$/.test(w)) w = w.slice(0, -1);

  let count = (w.match(/[aeiouy]+/g) ?? []).length;
  // Vowel pairs read as two syllables: "dis-so-ci-a-tion", "ra-di-o", "ac-tu-al", "vi-de-o";
  // but not "-tion", "-cial", "-sion", "-gious", "-xious".
  for (const m of w.matchAll(/[^aeiou]i[aou]/g)) {
    if (!/^[ctsgx]i(al|an|on|ou)/.test(w.slice(m.index ?? 0, (m.index ?? 0) + 4))) count += 1;
  }
  count += (w.match(/[^aeiouqg]ua/g) ?? []).length;
  count += (w.match(/eo/g) ?? []).length;
  // A "y" between vowels starts a new syllable: "stay-ing", "try-ing", "lay-er".
  count += (w.match(/yi|[ao]y[aeiou]/g) ?? []).length;
  return Math.max(1, count);
}

/** A figure or symbol, alone or combined: "2019", "$2,000", "41%", "0.5", "&". */
function isFigure(part: string): boolean {
  return !/[A-Za-z]/.test(part) || /^[$€£]?[0-9][0-9,.]*[%+]?$/.test(part);
}

/** An abbreviation read letter by letter or as a short form: "FDA", "IV", "rTMS", "e.g", "mg". */
function isAbbreviation(part: string): boolean {
  const letters = part.replace(/[^A-Za-z]/g, '');
  if (ACRONYMS_READ_AS_WORDS.has(letters)) return false;
  return (
    /^[a-z]?[A-Z]{2,}s?$/.test(letters) ||
    /^([a-zA-Z]\.)+[a-zA-Z]?$/.test(part) ||
    ABBREVIATED_UNITS.has(letters)
  );
}

/** Units and short forms written without capitals. */
const ABBREVIATED_UNITS = new Set(['mg', 'kg', 'mL', 'ml', 'mmHg', 'vs']);

/**
 * Syllables in one token (a word as written between spaces). Figures, symbols and abbreviations,
 * and combinations made only of them, count as one syllable; hyphenated words add up their parts.
 */
export function countSyllables(token: string): number {
  const core = token.replace(/^[^A-Za-z0-9$€£&]+|[^A-Za-z0-9%+]+$/g, '').replace(/['’]s$/, '');
  if (core === '') return 0;
  const parts = core.split(/[-‐‑–—/]+/).filter((p) => p !== '');
  const isShortForm = (p: string) => isFigure(p) || isAbbreviation(p);
  if (parts.every(isShortForm)) return 1;
  return parts.reduce(
    (sum, p) => sum + (isShortForm(p) ? 1 : wordSyllables(p.replace(/[^A-Za-z]/g, ''))),
    0,
  );
}

/** Abbreviations whose full stop never ends a sentence. */
const ABBREVIATIONS =
  /(?:^|\s|\()(?:e\.g|i\.e|vs|etc|Dr|Drs|Mr|Mrs|Ms|St|U\.S|a\.m|p\.m|approx|no)\.$/i;

function tokens(text: string): string[] {
  return text.split(/\s+/).filter((t) => /[A-Za-z0-9]/.test(t));
}

/** Number of sentences: terminal punctuation followed by a space and a capital, a digit or the end. */
function countSentences(text: string): number {
  const trimmed = text.trim();
  if (trimmed === '') return 0;
  let count = 0;
  const re = /[.!?]+["'”’)\]]*(?=\s+["'“‘([]?[A-Z0-9$]|\s*$)/g;
  for (const m of trimmed.matchAll(re)) {
    const before = trimmed.slice(0, (m.index ?? 0) + m[0].length);
    if (m[0].startsWith('.') && ABBREVIATIONS.test(before.replace(/["'”’)\]]+$/, ''))) continue;
    count += 1;
  }
  // Text without a final full stop (a label or a heading) still counts as one sentence.
  if (!/[.!?]["'”’)\]]*$/.test(trimmed)) count += 1;
  return Math.max(1, count);
}

/** Words, sentences and syllables of a piece of text. */
export function textStats(text: string): TextStats {
  const words = tokens(text);
  if (words.length === 0) return { words: 0, sentences: 0, syllables: 0 };
  return {
    words: words.length,
    sentences: countSentences(text),
    syllables: words.reduce((sum, w) => sum + countSyllables(w), 0),
  };
}

/** Adds up the figures of several texts, so that the grade of all of them together can be taken. */
export function addStats(all: readonly TextStats[]): TextStats {
  return all.reduce(
    (sum, s) => ({
      words: sum.words + s.words,
      sentences: sum.sentences + s.sentences,
      syllables: sum.syllables + s.syllables,
    }),
    { words: 0, sentences: 0, syllables: 0 },
  );
}

/**
 * Flesch-Kincaid grade level: 0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59,
 * computed without rounding. Text with no words has grade 0.
 */
export function fleschKincaidGrade(stats: TextStats): number {
  if (stats.words === 0 || stats.sentences === 0) return 0;
  return 0.39 * (stats.words / stats.sentences) + 11.8 * (stats.syllables / stats.words) - 15.59;
}
