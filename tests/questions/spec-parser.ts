/**
 * Reads the question ids, types and answer codes out of the questionnaire spec (markdown), so the
 * catalogue can be checked against the contract itself rather than against a copy of it.
 *
 * In a section's bullet lines: the first backticked word is a question id, and so is one that
 * follows a comma, semicolon, middle dot or ellipsis ("`phq9_1` … `phq9_9`" is a range) or the
 * word "as" ("asked again ... as `leaning_after`": the same question again, with the same codes). A word after an em dash starts a list of
 * answer codes, continued by "|". `single`, `multi`, `scale0to3`, `number` and `importance` are
 * types. A section heading may give codes or a type for all its questions ("each `yes` | `no`").
 */
import type { QuestionType, SectionId } from '../../src/questions/types';

export interface SpecQuestion {
  readonly id: string;
  readonly section: SectionId;
  readonly type: QuestionType;
  /** Answer codes; for scale0to3 and importance these are "0" to "3". Empty for number. */
  readonly codes: readonly string[];
  readonly min?: number;
  readonly max?: number;
}

const TYPES = new Set<QuestionType>(['single', 'multi', 'scale0to3', 'number', 'importance']);
const SCALE_CODES = ['0', '1', '2', '3'];

interface Token {
  readonly word: string;
  /** Text between the previous backticked word (or the bullet start) and this one. */
  readonly before: string;
  /** Text after this word, up to the next backticked word. */
  readonly after: string;
}

function tokens(text: string): Token[] {
  const parts = text.split('`');
  const out: Token[] = [];
  for (let i = 1; i < parts.length; i += 2) {
    out.push({ word: parts[i] ?? '', before: parts[i - 1] ?? '', after: parts[i + 1] ?? '' });
  }
  return out;
}

interface Draft {
  id: string;
  type?: QuestionType;
  codes: string[];
  min?: number;
  max?: number;
  /** Joined to the id before it by a bare comma or a range: they share codes and type. */
  sharesWithPrevious: boolean;
}

/** The last id and the ids joined to it by bare commas or a range. */
function lastGroup(drafts: readonly Draft[]): Draft[] {
  const group: Draft[] = [];
  for (let k = drafts.length - 1; k >= 0; k -= 1) {
    const d = drafts[k];
    if (!d) break;
    group.unshift(d);
    if (!d.sharesWithPrevious) break;
  }
  return group;
}

function parseBullet(bullet: string): Draft[] {
  const drafts: Draft[] = [];
  /** Ids that share the code list now being read (those joined by bare commas). */
  let target: Draft[] = [];
  let inCodes = false;
  tokens(bullet).forEach((t, i) => {
    const isFirst = i === 0 && /^\s*-\s*$/.test(t.before);
    if (/—\s*$/.test(t.before)) {
      inCodes = true;
      target = lastGroup(drafts);
      for (const d of target) d.codes.push(t.word);
      return;
    }
    if (inCodes && /^\s*\|\s*$/.test(t.before)) {
      for (const d of target) d.codes.push(t.word);
      return;
    }
    inCodes = false;
    if (TYPES.has(t.word as QuestionType)) {
      const range = /^\s*(\d+)\s*[–-]\s*(\d+)/.exec(t.after);
      for (const d of lastGroup(drafts)) {
        d.type = t.word as QuestionType;
        if (range) {
          d.min = Number(range[1]);
          d.max = Number(range[2]);
        }
      }
      return;
    }
    const range = /…\s*$/.test(t.before);
    if (isFirst || range || /[,;·]\s*$/.test(t.before) || /\bas\s+$/.test(t.before)) {
      if (range) {
        const prev = drafts[drafts.length - 1];
        const from = prev ? /^(.*_)(\d+)$/.exec(prev.id) : null;
        const to = /^(.*_)(\d+)$/.exec(t.word);
        if (prev && from && to && from[1] === to[1]) {
          for (let n = Number(from[2]) + 1; n <= Number(to[2]); n += 1) {
            drafts.push({ id: `${to[1]}${n}`, codes: [], sharesWithPrevious: true });
          }
          return;
        }
      }
      const previous = drafts[drafts.length - 1];
      if (/\bas\s+$/.test(t.before) && previous) {
        // "asked again ... as `leaning_after`": the same question again, with the same answers.
        drafts.push({
          ...previous,
          id: t.word,
          codes: [...previous.codes],
          sharesWithPrevious: false,
        });
        return;
      }
      drafts.push({
        id: t.word,
        codes: [],
        sharesWithPrevious: /^\s*,\s*$/.test(t.before),
      });
    }
  });
  return drafts;
}

/** Questions of the spec, by section, in the order written. */
export function parseSpec(markdown: string): SpecQuestion[] {
  const out: SpecQuestion[] = [];
  const blocks = markdown.split(/^## /m).slice(1);
  for (const block of blocks) {
    const heading = /^(Section|Step) `([a-z]+)`([^\n]*)/.exec(block);
    if (!heading) continue;
    const section = heading[2] as SectionId;
    if (section === ('review' as SectionId)) continue;
    const headingText = heading[3] ?? '';
    const headTokens = tokens(headingText).map((t) => t.word);
    const eachIndex = headingText.indexOf('each');
    const defaultType = headTokens.find((w) => TYPES.has(w as QuestionType)) as
      QuestionType | undefined;
    const defaultCodes =
      eachIndex >= 0 && !defaultType ? tokens(headingText.slice(eachIndex)).map((t) => t.word) : [];
    const bullets = block
      .split('\n')
      .reduce<string[]>((acc, line) => {
        if (/^- /.test(line)) acc.push(line);
        else if (/^\s+\S/.test(line) && acc.length > 0) acc[acc.length - 1] += ` ${line.trim()}`;
        return acc;
      }, [])
      .filter((b) => /^- `/.test(b));
    for (const bullet of bullets) {
      for (const d of parseBullet(bullet)) {
        const type: QuestionType =
          d.type ?? (d.codes.length > 0 ? 'single' : (defaultType ?? 'single'));
        const codes =
          type === 'scale0to3' || type === 'importance'
            ? SCALE_CODES
            : type === 'number'
              ? []
              : d.codes.length > 0
                ? d.codes
                : defaultCodes;
        out.push({
          id: d.id,
          section,
          type,
          codes,
          ...(d.min !== undefined ? { min: d.min, max: d.max } : {}),
        });
      }
    }
  }
  return out;
}
