/**
 * summarize(answers) -> Summary: what each option would mean for this person, for the screen, the
 * printout and the export.
 *
 * Why it is shaped this way:
 * - Pure and total: no React, XState, zustand, Date or randomness, and no throw on any answers,
 *   partial or odd (a mistyped value counts as not answered). The same answers always give the
 *   same summary, whatever the key order, so views and tests can trust it.
 * - Both options get the same structure in every part (rows, priorities, schedule). Tones say how a
 *   point fits what the person said; nothing is added up, ranked or recommended.
 * - Clinical rules sit in small modules next to this one (flags, schedule, rows, choices), each
 *   citing its sources; every word and source id shown lives in src/questions/content.
 */
import { EVIDENCE, DIFFERENT_STUDIES_NOTE, NO_HEAD_TO_HEAD } from '../questions/content/evidence';
import { CONTENT_META } from '../questions/content/meta';
import { REFERENCES } from '../questions/content/references';
import { SAFETY_TEXT } from '../questions/content/safety-text';
import { PHQ_TEXT } from '../questions/content/summary-labels';
import type { Answers, SourceId } from '../questions/types';
import {
  buildPriorities,
  buildQuestions,
  healthAnswered,
  healthRow,
  valuesRow,
} from './summarize-choices';
import { factsRow } from './summarize-facts';
import { buildFlags } from './summarize-flags';
import { costRow, logisticsRow } from './summarize-practical';
import { num, optionLabel, phq9, single, uniqueSources } from './summarize-read';
import { buildSchedule } from './summarize-schedule';
import { historyRow, severityRow } from './summarize-situation';
import type {
  CrisisResource,
  Leaning,
  LeaningCode,
  Phq9Line,
  SafetyBlock,
  Summary,
} from './summary-types';

function resource(r: (typeof SAFETY_TEXT)['lifeline' | 'emergency' | 'outsideUs']): CrisisResource {
  return {
    name: r.name,
    howToReach: r.howToReach,
    detail: r.detail,
    links: r.links.map((l) => ({ label: l.label, href: l.href })),
    sourceIds: [...r.sources],
  };
}

/**
 * The crisis block: null when PHQ-9 item 9 is 0 or unanswered; otherwise 988 (call or text) and
 * 911, urgent when `safety_now` is yes or unsure. Any answer above 0 on item 9 needs follow-up
 * [S102][S103]; 988 [S106][S107]; 911 [S111][S113].
 */
export function safetyBlock(answers: Answers): SafetyBlock | null {
  const item9 = num(answers, 'phq9_9');
  if (item9 === null || item9 <= 0) return null;
  const now = single(answers, 'safety_now');
  const urgent = now === 'yes' || now === 'unsure';
  const message = urgent ? SAFETY_TEXT.urgentMessage : SAFETY_TEXT.message;
  const resources = [SAFETY_TEXT.lifeline, SAFETY_TEXT.emergency, SAFETY_TEXT.outsideUs].map(
    resource,
  );
  return {
    urgent,
    heading: SAFETY_TEXT.heading,
    message: message.text,
    resources,
    sourceIds: uniqueSources([message.sources, ...resources.map((x) => x.sourceIds)]),
  };
}

/** The PHQ-9 line for the clinician: total and band [S100], item 9 and the difficulty answer. */
export function phq9Line(answers: Answers): Phq9Line {
  const { answered, total, band } = phq9(answers);
  const item9 = num(answers, 'phq9_9');
  const difficulty = single(answers, 'phq9_difficulty');
  return {
    answered,
    value: total,
    band: band === null ? null : PHQ_TEXT.bands[band],
    item9: item9 === null ? null : optionLabel('phq9_9', String(item9)),
    difficulty: difficulty === null ? null : optionLabel('phq9_difficulty', difficulty),
  };
}

const LEANING_CODES: readonly LeaningCode[] = ['ketamine', 'spravato', 'unsure', 'neither'];

function leaningCode(value: string | null): LeaningCode | null {
  return LEANING_CODES.find((c) => c === value) ?? null;
}

/** Every source id in a value (`sourceIds` lists), in first-seen order. */
function citedIn(value: unknown, into: Set<SourceId>): void {
  if (Array.isArray(value)) value.forEach((v) => citedIn(v, into));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'sourceIds' && Array.isArray(v)) v.forEach((id) => into.add(String(id)));
      else citedIn(v, into);
    }
  }
}

function idNumber(id: string): number {
  return Number(id.replace(/\D/g, '')) || 0;
}

/**
 * Turns answers into the summary every view shows: crisis help, flags, one row per factor with both
 * options' considerations (two rows of facts for everyone: what a visit is like, and harms), what matters to the person, the first 8 weeks, questions to ask, leaning,
 * content version and the references cited (including the study results shown with the summary).
 * Clinical sources are cited on each part; see the helper modules.
 */
export function summarize(answers: Answers): Summary {
  const safety = safetyBlock(answers);
  const flags = buildFlags(answers);
  const schedule = buildSchedule(answers);
  const priorities = buildPriorities(answers);
  const rows = [
    severityRow(answers),
    historyRow(answers),
    factsRow('visit'),
    factsRow('harms'),
    logisticsRow(answers, schedule),
    costRow(answers),
    valuesRow(answers, priorities),
    healthRow(answers, flags),
  ];
  const questions = buildQuestions(answers, flags, safety);
  const leaning: Leaning = {
    before: leaningCode(single(answers, 'leaning')),
    after: leaningCode(single(answers, 'leaning_after')),
  };
  const cited = new Set<SourceId>();
  citedIn([safety, flags, rows, priorities, schedule], cited);
  for (const item of [...EVIDENCE, NO_HEAD_TO_HEAD, DIFFERENT_STUDIES_NOTE]) {
    item.sources.forEach((id) => cited.add(id));
  }
  const references = REFERENCES.filter((r) => cited.has(r.id)).sort(
    (a, b) => idNumber(a.id) - idNumber(b.id),
  );
  return {
    safety,
    flags,
    healthAnswered: healthAnswered(answers),
    rows,
    priorities,
    schedule,
    questions,
    leaning,
    phq9: phq9Line(answers),
    content: { version: CONTENT_META.version, reviewed: CONTENT_META.lastReviewed },
    references,
  };
}
