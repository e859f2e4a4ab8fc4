/**
 * Hand-off links: the answers inside the URL fragment, which browsers never send to a server.
 * Fragment = HANDOFF_MARK ("#a1.", the format version) + base64url of the answer file (minified
 * JSON) compressed with the browser's own CompressionStream ('deflate-raw'). Reading it back uses
 * the answer-file checks, so a link is accepted or refused exactly as a file is.
 */
import { parseAnswerFile, serializeAnswers, type ParseResult } from '../questions/answer-file';
import { ANSWER_FILE_ERRORS } from '../questions/content/answer-file-text';
import { HANDOFF_OPEN_TEXT } from '../questions/content/handoff-text';
import type { Answers } from '../questions/types';
import { HANDOFF_MARK, isHandOffFragment } from './mark';

/** A compressed link is a few hundred characters; anything far longer is not ours. */
const MAX_FRAGMENT_CHARS = 8000;
const MAX_TEXT_CHARS = 100_000;

/** Runs bytes through a CompressionStream or DecompressionStream. */
async function pipe(
  bytes: Uint8Array<ArrayBuffer>,
  stream: CompressionStream | DecompressionStream,
): Promise<Uint8Array<ArrayBuffer>> {
  const input = new ReadableStream<BufferSource>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
  const out = input.pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Bytes from base64url, or null when the text is not base64url. */
export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** The fragment (starting with "#") that carries these answers. */
export async function encodeHandOff(answers: Answers): Promise<string> {
  const json = JSON.stringify(JSON.parse(serializeAnswers(answers)));
  const packed = await pipe(new TextEncoder().encode(json), new CompressionStream('deflate-raw'));
  return `${HANDOFF_MARK}${toBase64Url(packed)}`;
}

/** The full link: this page's address (without query or fragment) plus the fragment. */
export async function handOffLink(answers: Answers, pageUrl: string): Promise<string> {
  const url = new URL(pageUrl);
  return `${url.origin}${url.pathname}${await encodeHandOff(answers)}`;
}

function refuse(reason: string): ParseResult {
  return { ok: false, message: `${reason} ${ANSWER_FILE_ERRORS.nothingChanged}` };
}

/** Reads a fragment made by encodeHandOff. Never throws; a refusal says why. */
export async function decodeHandOff(fragment: string): Promise<ParseResult> {
  if (!isHandOffFragment(fragment) || fragment.length > MAX_FRAGMENT_CHARS) {
    return refuse(HANDOFF_OPEN_TEXT.broken);
  }
  if (!fragment.startsWith(HANDOFF_MARK)) return refuse(HANDOFF_OPEN_TEXT.otherVersion);
  const bytes = fromBase64Url(fragment.slice(HANDOFF_MARK.length));
  if (!bytes) return refuse(HANDOFF_OPEN_TEXT.broken);
  let text: string;
  try {
    const raw = await pipe(bytes, new DecompressionStream('deflate-raw'));
    if (raw.length > MAX_TEXT_CHARS) return refuse(HANDOFF_OPEN_TEXT.broken);
    text = new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    return refuse(HANDOFF_OPEN_TEXT.broken);
  }
  return parseAnswerFile(text);
}
