import { EVIDENCE } from '../../../questions/content/evidence';
import { GRID_EVIDENCE } from '../../../questions/content/option-grid';
import { EVIDENCE_TEXT } from '../../../questions/content/summary-text';
import type { OptionFacts } from '../../../questions/content/types';
import { IconArray } from '../IconArray';
import { Sources } from '../Sources';

/** The results of one option chosen for the grid (`GRID_EVIDENCE`). */
export function gridResults(option: OptionFacts['id']) {
  return GRID_EVIDENCE[option].flatMap((id) => EVIDENCE.filter((e) => e.id === id));
}

/** Each chosen result of one option as an icon array, with the study it comes from. */
export function GridEvidence({ option }: { readonly option: OptionFacts }) {
  return (
    <>
      {gridResults(option.id).map((e) => (
        <figure key={e.id} className="grid-result">
          <figcaption>
            <strong>{e.study}.</strong> {e.outcome}
            <Sources ids={e.sources} prefix="grid-ref-" />
          </figcaption>
          <IconArray name={option.name} treated={e.treatmentPer100} compared={e.comparatorPer100} />
        </figure>
      ))}
    </>
  );
}

/** Under "More": who took part, the comparison, the time and what counted, for each result. */
export function GridEvidenceDetails({ option }: { readonly option: OptionFacts }) {
  return (
    <>
      {gridResults(option.id).map((e) => (
        <dl key={e.id} className="evidence-facts">
          <dt>{EVIDENCE_TEXT.who}</dt>
          <dd>{e.population}</dd>
          <dt>{EVIDENCE_TEXT.comparedWith}</dt>
          <dd>{e.comparator}</dd>
          <dt>{EVIDENCE_TEXT.when}</dt>
          <dd>
            {e.timePoint}
            {e.note && ` ${e.note}`}
          </dd>
        </dl>
      ))}
    </>
  );
}
