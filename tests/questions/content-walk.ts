/**
 * Collects what the content shows and cites, so tests can check all of it: every string a person
 * may read (grouped by where it comes from) and every source id cited anywhere in src/questions.
 * New content modules are picked up on their own (import.meta.glob).
 */
import {
  PHQ9_ATTRIBUTION,
  PHQ9_SCALE,
  PHQ9_STEM,
  QUESTIONS,
  SECTIONS,
} from '../../src/questions/catalog';
import type { Question } from '../../src/questions/types';

export interface PatientText {
  /** Where the text comes from, e.g. "catalog: history" or "options". */
  readonly group: string;
  /** A path to the string inside its module, for messages. */
  readonly where: string;
  readonly text: string;
  /** The option the text is about, when known from its place (option facts, evidence). */
  readonly option?: 'ketamine' | 'spravato';
}

const contentModules = import.meta.glob<Record<string, unknown>>(
  '../../src/questions/content/*.ts',
  { eager: true },
);

/** Content modules by short name ("options", "summary-text" ...), without types.ts. */
export function contentModulesByName(): ReadonlyMap<string, Record<string, unknown>> {
  const out = new Map<string, Record<string, unknown>>();
  for (const [path, mod] of Object.entries(contentModules)) {
    const name = path.replace(/^.*\//, '').replace(/\.ts$/, '');
    if (name !== 'types') out.set(name, mod);
  }
  return out;
}

/** Keys whose values are codes, links or citations, never words shown as prose. */
const NON_PROSE_KEYS = new Set([
  'id',
  'key',
  'more',
  'cells',
  'option',
  'sources',
  'sourceIds',
  'url',
  'doi',
  'href',
  'code',
  'level',
  'tone',
  'kind',
  'format',
  'lang',
  'fileName',
  'lastReviewed',
  'version',
]);

/** A string that is a code, a file name, a link or a list of source ids, not prose. */
function isProse(text: string): boolean {
  if (!/[A-Za-z]/.test(text)) return false;
  if (/^Sources?:\s*S\d/.test(text)) return false;
  if (!/\s/.test(text) && /[._/@:]|^[a-z0-9]+(?:[-_][a-z0-9]+)+$/.test(text)) return false;
  return true;
}

/** Every prose string inside a value (objects and arrays walked; functions skipped). */
export function stringsIn(value: unknown, where: string): { where: string; text: string }[] {
  if (typeof value === 'string') return isProse(value) ? [{ where, text: value }] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringsIn(v, `${where}[${i}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) =>
      NON_PROSE_KEYS.has(k) ? [] : stringsIn(v, `${where}.${k}`),
    );
  }
  return [];
}

const PHQ9_STANDARD = new Set<string>([
  PHQ9_STEM,
  PHQ9_ATTRIBUTION,
  ...PHQ9_SCALE.map((o) => o.label),
]);

function questionTexts(q: Question): PatientText[] {
  const group = `catalog: ${q.section}`;
  const out: PatientText[] = [{ group, where: `${q.id}.why`, text: q.why }];
  if (q.requiredReason)
    out.push({ group, where: `${q.id}.requiredReason`, text: q.requiredReason });
  // The PHQ-9 keeps its standard wording and answer scale: exempt from our reading target.
  if (q.standardWording === 'phq9') return out;
  out.push({ group, where: `${q.id}.text`, text: q.text });
  if (q.type === 'number') {
    out.push({ group, where: `${q.id}.unit`, text: q.unit });
  } else {
    for (const o of q.options) {
      out.push({ group, where: `${q.id}.${o.code}.label`, text: o.label });
      if (o.hint) out.push({ group, where: `${q.id}.${o.code}.hint`, text: o.hint });
    }
  }
  return out;
}

/** Modules that are not patient-facing: the source register (citations) and the clinician view. */
const CITATION_MODULES = new Set(['references', 'clinician-text']);

/** Every patient-facing string, grouped by where it comes from. PHQ-9 standard wording excluded. */
export function patientFacingTexts(): PatientText[] {
  const out: PatientText[] = [];
  for (const s of SECTIONS) {
    const group = `catalog: ${s.id}`;
    out.push({ group, where: `section ${s.id}.title`, text: s.title });
    out.push({ group, where: `section ${s.id}.intro`, text: s.intro });
  }
  out.push(...QUESTIONS.flatMap(questionTexts));
  for (const [name, mod] of contentModulesByName()) {
    if (CITATION_MODULES.has(name)) continue;
    for (const [exportName, value] of Object.entries(mod)) {
      for (const s of stringsIn(value, `${name}.${exportName}`)) {
        if (PHQ9_STANDARD.has(s.text)) continue;
        out.push({
          group: name,
          where: s.where,
          text: s.text,
          ...optionOf(name, exportName, value, s.where),
        });
      }
    }
  }
  return out;
}

/** Which option a string is about, from its place: an option-facts or evidence item, or a key. */
function optionOf(
  module: string,
  exportName: string,
  value: unknown,
  where: string,
): { option?: 'ketamine' | 'spravato' } {
  if (Array.isArray(value) && (module === 'options' || module === 'evidence')) {
    const m = new RegExp(`^${module}\\.${exportName}\\[(\\d+)\\]`).exec(where);
    const item: unknown = m ? value[Number(m[1])] : undefined;
    if (item !== null && typeof item === 'object') {
      const rec = item as Record<string, unknown>;
      const opt = rec.option ?? rec.id;
      if (opt === 'ketamine' || opt === 'spravato') return { option: opt };
    }
  }
  const key = /\.(ketamine|spravato)(?=[.[]|$)/.exec(where);
  return key ? { option: key[1] as 'ketamine' | 'spravato' } : {};
}

/** A cited statement found in the content: where it is and which ids it cites. */
export interface Citation {
  readonly where: string;
  readonly ids: readonly string[];
}

/** Every `sources` / `sourceIds` list in a value, and every "S12"-style id written inside a string. */
export function citationsIn(value: unknown, where: string): Citation[] {
  if (typeof value === 'string') {
    const ids = [...value.matchAll(/\bS\d{1,3}\b/g)].map((m) => m[0]);
    return ids.length > 0 && /^Sources?:/.test(value) ? [{ where, ids }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => citationsIn(v, `${where}[${i}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => {
      if ((k === 'sources' || k === 'sourceIds') && Array.isArray(v)) {
        return [
          { where: `${where}.${k}`, ids: v.filter((x): x is string => typeof x === 'string') },
        ];
      }
      return citationsIn(v, `${where}.${k}`);
    });
  }
  return [];
}

/** Every citation in every content module except the register itself. */
export function allCitations(): Citation[] {
  const out: Citation[] = [];
  for (const [name, mod] of contentModulesByName()) {
    if (name === 'references') continue;
    for (const [exportName, value] of Object.entries(mod)) {
      out.push(...citationsIn(value, `${name}.${exportName}`));
    }
  }
  return out;
}
