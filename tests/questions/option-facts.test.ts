import { describe, expect, it } from 'vitest';
import { getOptionFacts } from '../../src/questions/content/options';
import { sentences } from './claim-rules';

const status = getOptionFacts('spravato').fields.status;
const statusSentences = status.flatMap((c) => sentences(c.text).map((s) => ({ s, c })));

/** The one status sentence that matches, with the fact it belongs to. */
function sentenceAbout(pattern: RegExp) {
  const found = statusSentences.filter(({ s }) => pattern.test(s));
  expect(found, String(pattern)).toHaveLength(1);
  return found[0]!;
}

describe('the years of the Spravato approvals', () => {
  it('dates the approval for depression with thoughts of suicide to 2020, in its own sentence', () => {
    const { s, c } = sentenceAbout(/thoughts of suicide/);
    expect(s).toMatch(/\b2020\b/);
    expect(s).not.toMatch(/\b(?:2019|2025)\b/);
    expect(c.sources).toContain('S11');
  });

  it('dates the approval on its own, without a pill, to 2025, in its own sentence', () => {
    const { s, c } = sentenceAbout(/on its own/);
    expect(s).toMatch(/\b2025\b/);
    expect(s).not.toMatch(/\b(?:2019|2020)\b/);
    expect(c.sources).toContain('S9');
  });

  it('gives every status sentence that names an approval its year', () => {
    const approvals = statusSentences.filter(({ s }) => /\bapproved\b/.test(s));
    expect(approvals.length).toBeGreaterThanOrEqual(3);
    for (const { s } of approvals) expect(s).toMatch(/\b(?:2019|2020|2025)\b/);
  });
});
