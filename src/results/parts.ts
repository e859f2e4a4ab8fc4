/**
 * Which sources each part of the summary cites, so each part can list its own sources (pure; no
 * React). A part is the first view, a topic row, the flags, what matters, the studies or the plan
 * for the first 8 weeks.
 */
import { DIFFERENT_STUDIES_NOTE, EVIDENCE, NO_HEAD_TO_HEAD } from '../questions/content/evidence';
import { GRID_TEXT } from '../questions/content/option-grid';
import type { Reference } from '../questions/content/types';
import type { SourceId } from '../questions/types';
import type { Flag, OptionSchedule, Priority, Summary, SummaryRow } from './summary-types';

/** The priorities shown first: the most important ones, at most `max`, in the summary's order. */
export function topPriorities(priorities: readonly Priority[], max = 3): readonly Priority[] {
  const very = priorities.filter((p) => p.importance === 3);
  const quite = priorities.filter((p) => p.importance === 2);
  return [...very, ...quite].slice(0, max);
}

const once = (ids: readonly SourceId[]): SourceId[] => [...new Set(ids)];

export function rowSources(row: SummaryRow): SourceId[] {
  return once([...row.ketamine, ...row.spravato].flatMap((c) => c.sourceIds));
}

export function flagSources(flags: readonly Flag[]): SourceId[] {
  return once(flags.flatMap((f) => [...f.sourceIds, ...f.meaning.flatMap((m) => m.sourceIds)]));
}

export function prioritySources(priorities: readonly Priority[]): SourceId[] {
  return once(priorities.flatMap((p) => [...p.ketamine.sourceIds, ...p.spravato.sourceIds]));
}

export function scheduleSources(schedule: Readonly<Record<string, OptionSchedule>>): SourceId[] {
  return once(Object.values(schedule).flatMap((s) => s.sourceIds));
}

export function evidenceSources(): SourceId[] {
  return once(
    [DIFFERENT_STUDIES_NOTE, NO_HEAD_TO_HEAD, GRID_TEXT.evidenceChoice, ...EVIDENCE].flatMap(
      (e) => e.sources,
    ),
  );
}

/** Sources of the part shown first: crisis help, flags, the top priorities and the 8 weeks. */
export function glanceSources(summary: Summary): SourceId[] {
  return once([
    ...(summary.safety?.sourceIds ?? []),
    ...(summary.safety?.resources.flatMap((r) => r.sourceIds) ?? []),
    ...flagSources(summary.flags),
    ...prioritySources(topPriorities(summary.priorities)),
    ...scheduleSources(summary.schedule),
  ]);
}

/** The references of these ids, in the order of the summary's list (by number). */
export function referencesFor(
  references: readonly Reference[],
  ids: readonly SourceId[],
): Reference[] {
  const wanted = new Set(ids);
  return references.filter((r) => wanted.has(r.id));
}
