import { SUMMARY_TEXT } from '../../questions/content/summary-labels';
import type { SourceId } from '../../questions/types';

interface Props {
  readonly ids: readonly SourceId[];
  /** Start of the ids of the reference list linked to: `ref-` on the summary. */
  readonly prefix?: string;
}

/** "Sources: S2, S3", each a link to its entry in the reference list. Nothing when there are none. */
export function Sources({ ids, prefix = 'ref-' }: Props) {
  if (ids.length === 0) return null;
  return (
    <span className="sources">
      {' '}
      ({SUMMARY_TEXT.sourcesLabel}:{' '}
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 && ', '}
          <a href={`#${prefix}${id}`}>{id}</a>
        </span>
      ))}
      )
    </span>
  );
}
