/**
 * The start of a hand-off link's fragment: "#" + format marker + ".". Kept alone in this file
 * because the start-up code checks for it; everything else of the hand-off loads later.
 */
export const HANDOFF_MARK = '#a1.';

/** Whether a URL fragment looks like a hand-off link of any format version. */
export function isHandOffFragment(hash: string): boolean {
  return /^#a\d+\./.test(hash);
}
