/**
 * Text from outside (a file name, an id inside an opened file) made safe to show in a sentence:
 * bidirectional formatting marks and invisible characters are removed (they can reorder or hide
 * the words around them), other control characters and line breaks become a space, and a broken
 * half of a surrogate pair becomes the replacement character.
 */

// Bidi marks, embeddings, overrides and isolates; zero-width and word-joiner characters; BOM;
// interlinear annotation marks.
const INVISIBLE = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]/g;
// C0 and C1 control characters, and the Unicode line and paragraph separators.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The text without control, bidirectional or invisible characters, spaces collapsed and trimmed. */
export function plainText(text: string): string {
  return text
    .replace(INVISIBLE, '')
    .replace(CONTROL, ' ')
    .replace(LONE_SURROGATE, '\ufffd')
    .replace(/ {2,}/g, ' ')
    .trim();
}
