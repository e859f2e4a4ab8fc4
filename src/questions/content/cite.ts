/**
 * Builders for cited statements (see `Cited` in types.ts). Each clinical statement carries its
 * source ids from references.ts (facts from clinical-facts.md tagged [V] or [P] only).
 */
import type { SourceId } from '../types';
import type { Cited } from './types';

/** A cited statement; on paper it keeps its first sentence. */
export function c(text: string, ...sources: SourceId[]): Cited {
  return { text, sources };
}

/** A cited statement printed whole: every sentence after the first limits it. */
export function whole(text: string, ...sources: SourceId[]): Cited {
  return { text, sources, paper: text };
}

/** A cited statement with its own shorter text for paper, which keeps the sentences that limit it. */
export function cp(text: string, paper: string, ...sources: SourceId[]): Cited {
  return { text, sources, paper };
}
