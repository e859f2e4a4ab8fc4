import { useContext } from 'react';
import { referenceText } from '../../questions/content/references';
import type { Reference } from '../../questions/content/types';
import { referenceAnchor, SourcePart } from './Sources';

/** The sources one part of the summary cites, under it, each an anchor for its links. */
export function PartSources({
  heading,
  references,
}: {
  /** Left out when the list sits under a heading already (a disclosure's summary). */
  readonly heading?: string;
  readonly references: readonly Reference[];
}) {
  const part = useContext(SourcePart);
  if (references.length === 0) return null;
  return (
    <div className="part-sources">
      {heading && <h3 className="part-sources-title">{heading}</h3>}
      <ol className="reference-list">
        {references.map((r) => (
          <li key={r.id} id={referenceAnchor(part, r.id)}>
            <strong>{r.id}</strong> {referenceText(r)}
            {r.url && (
              <>
                {' '}
                <span className="reference-url">{r.url}</span>
              </>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
