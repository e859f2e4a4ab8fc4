import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/questions/plain-text';

const BIDI = [
  '\u061c',
  '\u200e',
  '\u200f',
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
];
const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'];
const CONTROL = ['\u0000', '\u0007', '\t', '\n', '\r', '\u001b', '\u007f', '\u0085', '\u009f'];

// eslint-disable-next-line no-control-regex
const unsafe = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/;

describe('plainText: text from a file made safe to show in a sentence', () => {
  it.each(BIDI)('removes the bidirectional mark U+%s', (mark) => {
    expect(plainText(`abc${mark}def`)).toBe('abcdef');
  });

  it.each(INVISIBLE)('removes the invisible character U+%s', (mark) => {
    expect(plainText(`abc${mark}def`)).toBe('abcdef');
  });

  it.each(CONTROL)('turns the control character U+%s into a space', (mark) => {
    expect(plainText(`abc${mark}def`)).toBe('abc def');
  });

  it('undoes a right-to-left override that would show "exe.txt" as "txt.exe"', () => {
    expect(plainText('report\u202etxt.exe')).toBe('reporttxt.exe');
  });

  it('turns line and paragraph separators into spaces and collapses runs of spaces', () => {
    expect(plainText('  one\u2028two\u2029\n\nthree  ')).toBe('one two three');
  });

  it('replaces half of a broken character pair, and keeps whole ones', () => {
    expect(plainText('a\ud800b')).toBe('a\ufffdb');
    expect(plainText('a\udc00b')).toBe('a\ufffdb');
    expect(plainText('a😀b')).toBe('a😀b');
  });

  it('keeps letters of every script, accents and punctuation as they are', () => {
    expect(plainText('Café – שלום مرحبا 你好 "ok"?')).toBe('Café – שלום مرحبا 你好 "ok"?');
  });

  it('never leaves a control, bidirectional or invisible character in any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const out = plainText(text);
        expect(unsafe.test(out)).toBe(false);
        expect(out).toBe(out.trim());
        expect(plainText(out)).toBe(out);
      }),
      { numRuns: 500 },
    );
  });
});
