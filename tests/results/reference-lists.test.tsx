import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AboutPage } from '../../src/about/AboutPage';
import { CONTENT_META } from '../../src/questions/content/meta';
import { REFERENCES } from '../../src/questions/content/references';
import { PartSources } from '../../src/results/components/PartSources';

const YEAR_TWICE = /\b(\d{4})\b[^A-Za-z0-9]*\b\1\b/;

function items(list: Element | null): Element[] {
  return [...(list?.querySelectorAll(':scope > li') ?? [])];
}

describe.each([
  [
    'a part of the summary',
    () => render(<PartSources heading="Sources" references={REFERENCES} />),
    '.reference-list',
  ],
  [
    'the About page',
    () => render(<AboutPage meta={CONTENT_META} references={REFERENCES} />),
    '.source-list',
  ],
] as const)('the source list of %s', (_name, show, selector) => {
  it('shows every source with no double full stop and no year twice in a row', () => {
    const { container } = show();
    const shown = items(container.querySelector(selector));

    expect(shown).toHaveLength(REFERENCES.length);
    for (const li of shown) {
      expect(li.textContent).not.toContain('..');
      expect(li.textContent).not.toMatch(YEAR_TWICE);
    }
  });
});
