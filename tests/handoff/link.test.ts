import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HANDOFF_MARK } from '../../src/handoff/mark';
import { decodeHandOff, encodeHandOff, handOffLink, toBase64Url } from '../../src/handoff/link';
import { HANDOFF_OPEN_TEXT } from '../../src/questions/content/handoff-text';
import { MANY_FLAGS } from '../results/print-persona';
import { answersArb } from '../questions/answers-arbitrary';

async function deflate(text: string): Promise<Uint8Array> {
  const input = new ReadableStream<BufferSource>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(text));
      controller.close();
    },
  });
  const stream = input.pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

describe('hand-off links', () => {
  it('give back the same answers, for 200 generated sets of answers', async () => {
    await fc.assert(
      fc.asyncProperty(answersArb, async (answers) => {
        const fragment = await encodeHandOff(answers);
        expect(fragment.startsWith(HANDOFF_MARK)).toBe(true);
        expect(fragment.slice(HANDOFF_MARK.length)).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(await decodeHandOff(fragment)).toEqual({ ok: true, answers });
      }),
      { numRuns: 200 },
    );
  });

  it('put the answers after the "#" of this page, without its query', async () => {
    const link = await handOffLink(MANY_FLAGS, 'https://aid.example/?mode=clinician#old');
    expect(link.startsWith(`https://aid.example/${HANDOFF_MARK}`)).toBe(true);
    // The worst case still fits a QR code a phone reads easily (well under 1,000 characters).
    expect(link.length).toBeLessThan(1000);
  });

  it.each([
    ['cut short', (f: string) => f.slice(0, f.length - 12), HANDOFF_OPEN_TEXT.broken],
    ['not base64url', (f: string) => `${f.slice(0, 10)}*${f.slice(11)}`, HANDOFF_OPEN_TEXT.broken],
    [
      'from another format version',
      (f: string) => f.replace(HANDOFF_MARK, '#a2.'),
      HANDOFF_OPEN_TEXT.otherVersion,
    ],
    ['not a hand-off at all', () => '#main', HANDOFF_OPEN_TEXT.broken],
  ])('refuse a link %s, changing nothing', async (_name, change, reason) => {
    const result = await decodeHandOff(change(await encodeHandOff(MANY_FLAGS)));
    expect(result).toEqual({ ok: false, message: `${reason} Nothing was changed.` });
  });

  it('refuse well-made links whose answers fail the answer-file checks', async () => {
    const bytes = await deflate(
      '{"format":"ketamine-spravato-decision-aid/answers","version":1,"answers":{"age_band":"old"}}',
    );
    const result = await decodeHandOff(`${HANDOFF_MARK}${toBase64Url(bytes)}`);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.message).toMatch(/\(age_band\) is not one of the allowed answers/);
  });
});
