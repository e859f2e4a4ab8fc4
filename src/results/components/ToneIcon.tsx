import type { Tone } from '../summary-types';

/**
 * A shape for each tone, so tone never rests on colour alone: a circle with a tick (fits), a
 * circle with a dot (neutral), a triangle with a mark (consider). Decorative: the label says it.
 */
export function ToneIcon({ tone }: { readonly tone: Tone }) {
  return (
    <svg
      className={`tone-icon tone-icon-${tone}`}
      viewBox="0 0 20 20"
      aria-hidden="true"
      focusable="false"
    >
      {tone === 'fits' && (
        <>
          <circle cx="10" cy="10" r="8.5" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M5.5 10.5l3 3 6-7" fill="none" stroke="currentColor" strokeWidth="2.2" />
        </>
      )}
      {tone === 'neutral' && (
        <>
          <circle cx="10" cy="10" r="8.5" fill="none" stroke="currentColor" strokeWidth="2" />
          <circle cx="10" cy="10" r="2.5" fill="currentColor" />
        </>
      )}
      {tone === 'consider' && (
        <>
          <path d="M10 1.5L19 18H1z" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M10 7v5.5M10 14.5v1.5" stroke="currentColor" strokeWidth="2.2" />
        </>
      )}
    </svg>
  );
}
