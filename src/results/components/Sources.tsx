import { SUMMARY_TEXT } from '../../questions/content/summary-text';
import type { SourceId } from '../../questions/types';

/** "Sources: S2, S3", each a link to its entry in the reference list. Nothing when there are none. */
export function Sources({ ids }: { readonly ids: readonly SourceId[] }) {
  if (ids.length === 0) return null;
  return (
    <span className="sources">
      {' '}
      ({SUMMARY_TEXT.sourcesLabel}:{' '}
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 && ', '}
          <a href={`#ref-${id}`}>{id}</a>
        </span>
      ))}
      )
    </span>
  );
}
