import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AboutPage } from '../../src/about/AboutPage';
import { ABOUT_PAGE } from '../../src/questions/content/about-text';
import { longDate } from '../../src/questions/content/session-text';
import { CONTENT_META } from '../../src/questions/content/meta';
import { REFERENCES } from '../../src/questions/content/references';

describe('the About page', () => {
  it('says what the guide is, who made it, its privacy, funding and review date', () => {
    render(<AboutPage meta={CONTENT_META} references={REFERENCES} />);

    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(ABOUT_PAGE.title);
    for (const section of Object.values(ABOUT_PAGE.sections)) {
      expect(screen.getByRole('heading', { level: 2, name: section.heading })).toBeTruthy();
    }
    expect(screen.getByText(CONTENT_META.funding)).toBeTruthy();
    expect(screen.getByText(new RegExp(longDate(CONTENT_META.lastReviewed)))).toBeTruthy();
    expect(screen.getByText(new RegExp(`Content version ${CONTENT_META.version}`))).toBeTruthy();
  });

  it('lists every source of the content by its id', () => {
    render(<AboutPage meta={CONTENT_META} references={REFERENCES} />);
    const list = screen.getByRole('list');

    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.id)).toEqual(REFERENCES.map((ref) => `source-${ref.id}`));
  });

  it('links back to the guide at its top and in its footer, relative to the page', () => {
    render(<AboutPage meta={CONTENT_META} references={REFERENCES} />);

    const [top, bottom] = screen.getAllByRole('link', { name: ABOUT_PAGE.back });
    expect(top?.compareDocumentPosition(screen.getByRole('heading', { level: 1 }))).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
    expect(within(screen.getByRole('contentinfo')).getByRole('link').textContent).toBe(
      ABOUT_PAGE.back,
    );
    expect([top, bottom].map((link) => link?.getAttribute('href'))).toEqual(['./', './']);
  });
});

describe('review dates in words', () => {
  it.each([
    ['2026-11-28', 'November 28, 2026'],
    ['2025-01-05', 'January 5, 2025'],
  ])('writes %s as %s', (iso, words) => {
    expect(longDate(iso)).toBe(words);
  });

  it('leaves anything that is not an ISO date as it is', () => {
    expect(longDate('2026-13-01')).toBe('2026-13-01');
    expect(longDate('soon')).toBe('soon');
  });
});
