import { describe, expect, it } from 'vitest';
import { REFERENCES, getReference, referenceText } from '../../src/questions/content/references';
import type { Reference } from '../../src/questions/content/types';
import { shortReference } from '../../src/results/print/format';

/** The same four-digit year twice with nothing but punctuation and spaces between. */
const YEAR_TWICE = /\b(\d{4})\b[^A-Za-z0-9]*\b\1\b/;

function ref(id: string): Reference {
  const found = getReference(id);
  if (!found) throw new Error(`no ${id}`);
  return found;
}

describe('a reference as a line of text', () => {
  it.each(REFERENCES.map((r) => [r.id, r] as const))(
    'writes %s with no double full stop and no year twice in a row',
    (_id, r) => {
      for (const text of [referenceText(r), shortReference(r)]) {
        expect(text).not.toContain('..');
        expect(text).not.toMatch(YEAR_TWICE);
      }
    },
  );

  it('adds no full stop after "et al." or "n.d."', () => {
    expect(referenceText(ref('S53'))).toBe(
      'Short B, et al. Side-effects associated with ketamine use in depression: a systematic review. Lancet Psychiatry 5:65-78. 2018. doi:10.1016/S2215-0366(17)30272-9.',
    );
    expect(referenceText(ref('S5'))).toMatch(/settings\]\. n\.d\.$/);
  });

  it('leaves out the year when the title already ends with it', () => {
    expect(referenceText(ref('S106'))).toBe(
      'WebMD. [988 Suicide & Crisis Lifeline overview], 7 July 2022.',
    );
    expect(referenceText(ref('S2'))).toBe(
      'Janssen Pharmaceuticals. SPRAVATO Prescribing Information (revised 03/2019).',
    );
  });

  it('keeps a question mark at the end of a title without adding a full stop', () => {
    expect(referenceText(ref('S84'))).toBe(
      'The Carlat Psychiatry Report. TMS is approved. Now what? n.d.',
    );
  });

  it('writes a source with no URL (S45) as authors, title and n.d. only', () => {
    expect(ref('S45').url).toBeUndefined();
    expect(referenceText(ref('S45'))).toBe(
      'Public file quoting the openFDA label (repository not identified). [Spravato indication wording]. n.d.',
    );
  });
});
