import { createContext, useContext } from 'react';
import { SUMMARY_TEXT } from '../../questions/content/summary-labels';
import type { SourceId } from '../../questions/types';

/** The part of the summary a source link belongs to: each part has its own list of sources. */
export const SourcePart = createContext('summary');

/** The id of a source's entry in the source list of a part. */
export function referenceAnchor(part: string, id: SourceId): string {
  return `${part}-ref-${id}`;
}

interface Props {
  readonly ids: readonly SourceId[];
  /** Start of the ids of another reference list linked to (`grid-ref-` on the options grid). */
  readonly prefix?: string;
}

/**
 * "Sources: S2, S3", each a link to its entry in its part's list, or in the list the prefix
 * names. Nothing when there are none.
 */
export function Sources({ ids, prefix }: Props) {
  const part = useContext(SourcePart);
  if (ids.length === 0) return null;
  return (
    <span className="sources">
      {' '}
      ({SUMMARY_TEXT.sourcesLabel}:{' '}
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 && ', '}
          <a href={`#${prefix === undefined ? referenceAnchor(part, id) : `${prefix}${id}`}`}>
            {id}
          </a>
        </span>
      ))}
      )
    </span>
  );
}
