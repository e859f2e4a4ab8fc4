import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OldContentNotice } from '../../src/app/SessionNotices';
import { isContentOld } from '../../src/questions/content-age';
import { CONTENT_META, CONTENT_REVIEWED } from '../../src/questions/content/meta';
import { VERSION_TEXT, longDate } from '../../src/questions/content/session-text';

const day = (y: number, m: number, d: number) => new Date(y, m - 1, d, 12);

describe('content past its review date plus a year', () => {
  it.each([
    ['the review day itself', day(2026, 11, 28), false],
    ['a day short of a year', day(2027, 11, 27), false],
    ['exactly a year on', day(2027, 11, 28), false],
    ['a year and a day on', day(2027, 11, 29), true],
    ['two years on', day(2028, 11, 28), true],
    ['a year on in a later month', day(2027, 12, 1), true],
    ['before the review', day(2026, 1, 1), false],
  ])('%s: old is %s', (_, today, old) => {
    expect(isContentOld('2026-11-28', today)).toBe(old);
  });

  it('counts a review on February 29 as due on March 1 the next year, not a day early', () => {
    expect(isContentOld('2028-02-29', day(2029, 2, 28))).toBe(false);
    expect(isContentOld('2028-02-29', day(2029, 3, 1))).toBe(true);
  });

  it('treats a review date it cannot read as old, so the person is told', () => {
    expect(isContentOld('soon', day(2026, 1, 1))).toBe(true);
  });

  it('reads the review date of the content itself', () => {
    expect(CONTENT_META.lastReviewed).toBe(CONTENT_REVIEWED);
    expect(longDate('2026-11-28')).toBe('November 28, 2026');
  });
});

describe('the old-content notice', () => {
  it('shows with a date more than a year after the review, naming the review date', () => {
    render(<OldContentNotice today={() => day(2030, 1, 1)} />);
    expect(screen.getByRole('note').textContent).toBe(VERSION_TEXT.oldContent(CONTENT_REVIEWED));
    expect(screen.getByRole('note').textContent).toContain(longDate(CONTENT_REVIEWED));
  });

  it('stays away within a year of the review', () => {
    render(<OldContentNotice today={() => day(2026, 12, 2)} />);
    expect(screen.queryByRole('note')).toBeNull();
  });
});
