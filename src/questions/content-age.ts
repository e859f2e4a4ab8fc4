/**
 * Whether the clinical content is past its next review: the review date plus one year. Pure: the
 * caller passes today's date, so the rule is tested with any date. CONTENT_META.updatePolicy says
 * the facts are checked at least once a year.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `today` (its calendar date where the person is) is after `lastReviewed` + 1 year. */
export function isContentOld(lastReviewed: string, today: Date): boolean {
  const m = ISO_DATE.exec(lastReviewed);
  if (!m) return true;
  const due = [Number(m[1]) + 1, Number(m[2]), Number(m[3])];
  const now = [today.getFullYear(), today.getMonth() + 1, today.getDate()];
  for (let i = 0; i < 3; i++) {
    const a = now[i] ?? 0;
    const b = due[i] ?? 0;
    if (a !== b) return a > b;
  }
  return false;
}
