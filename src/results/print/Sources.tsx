import type { SourceId } from '../../questions/types';

/** Source ids after a fact, in small type: "S2 S3". Nothing when there are none. */
export function Sources({ ids }: { ids: readonly SourceId[] }) {
  if (ids.length === 0) return null;
  return <span className="print-src"> [{ids.join(', ')}]</span>;
}
