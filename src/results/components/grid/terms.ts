/** Finds the glossary words in a text, so a view can explain each where it appears. Pure. */
import { getGlossaryEntry } from '../../../questions/content/glossary';
import type { GlossaryEntry } from '../../../questions/content/types';

/** A piece of text: plain, or a glossary word as written in the text with its entry. */
export type TextPart =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'term'; readonly text: string; readonly entry: GlossaryEntry };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Splits `text` at the first place each of `terms` occurs (whole words, any case, a plural "s"
 * allowed), e.g. "It is used off-label." -> "It is used ", [off-label], ".".
 * Terms with no glossary entry are ignored.
 */
export function splitTerms(text: string, terms: readonly string[]): TextPart[] {
  const found: { at: number; text: string; entry: GlossaryEntry }[] = [];
  for (const term of terms) {
    const entry = getGlossaryEntry(term);
    if (!entry) continue;
    const match = new RegExp(`(?<![\\w-])${escape(term)}s?(?![\\w-])`, 'i').exec(text);
    if (match) found.push({ at: match.index, text: match[0], entry });
  }
  found.sort((a, b) => a.at - b.at);
  const parts: TextPart[] = [];
  let from = 0;
  for (const f of found) {
    if (f.at < from) continue;
    if (f.at > from) parts.push({ kind: 'text', text: text.slice(from, f.at) });
    parts.push({ kind: 'term', text: f.text, entry: f.entry });
    from = f.at + f.text.length;
  }
  if (from < text.length) parts.push({ kind: 'text', text: text.slice(from) });
  return parts;
}
