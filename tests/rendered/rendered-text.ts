/**
 * Reads what a rendered view shows a person, block by block (paragraphs, list items, cells,
 * headings), with the option each block is about when it sits in an option's column. Sources,
 * column labels and screen-reader-only words are left out of the text: they are not prose.
 */
import { optionsInDisplayOrder } from '../../src/questions/content/options';
import type { OptionId } from '../../src/questions/types';

export interface ShownBlock {
  readonly text: string;
  readonly option?: OptionId;
}

const BLOCKS = 'p, li, dd, dt, figcaption, caption, th, td, h1, h2, h3, h4, legend, label';
const NOT_PROSE =
  '.sources, .visually-hidden, .cell-label, .reference-list, .reference-url, [hidden], [aria-hidden="true"]';

/** A label before the text, as in "Good to know: ..." or "Spravato nasal spray (Talk it over): ...". */
const LEADING_LABEL = /^(?:[^:.!?]+\s+){0,7}[^:.!?\s]+:\s+(?=\S)/;

/** The prose of a block without a leading label (for reading-level checks; claims read it whole). */
export function withoutLabel(text: string): string {
  return text.replace(LEADING_LABEL, '');
}

/** The option of the column a block sits in, from the column label of its cell. */
function optionOf(element: Element): OptionId | undefined {
  const cell = element.closest('td');
  const label = cell?.querySelector('.cell-label')?.textContent?.trim();
  return optionsInDisplayOrder().find((o) => o.name === label)?.id;
}

/**
 * Every block of prose inside `root`, each with the text it shows itself (nested blocks apart).
 * Blocks inside `leaveOut` (a selector) are not returned.
 */
export function shownBlocks(root: Element, leaveOut?: string): ShownBlock[] {
  const out: ShownBlock[] = [];
  for (const block of root.querySelectorAll(BLOCKS)) {
    if (block.closest(NOT_PROSE)) continue;
    if (leaveOut && block.closest(leaveOut)) continue;
    const copy = block.cloneNode(true) as Element;
    copy.querySelectorAll(`${BLOCKS}, ${NOT_PROSE}`).forEach((inner) => inner.remove());
    const text = (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!/[A-Za-z]/.test(text)) continue;
    const option = optionOf(block);
    out.push(option ? { text, option } : { text });
  }
  return out;
}

/** All the text of a view, spaces collapsed, for "is this shown anywhere" checks. */
export function shownText(root: Element): string {
  return (root.textContent ?? '').replace(/\s+/g, ' ');
}
