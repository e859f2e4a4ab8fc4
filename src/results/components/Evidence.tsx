import {
  DIFFERENT_STUDIES_NOTE,
  EVIDENCE,
  NO_HEAD_TO_HEAD,
} from '../../questions/content/evidence';
import { GRID_EVIDENCE, GRID_TEXT } from '../../questions/content/option-grid';
import { optionsInDisplayOrder } from '../../questions/content/options';
import { EVIDENCE_TEXT, SUMMARY_TEXT } from '../../questions/content/summary-labels';
import { IconArray } from './IconArray';
import { Sources } from './Sources';

/**
 * Each trial result, grouped by option, with the notes that frame them. The same number of results
 * for each option, of the same kind, are drawn as icon arrays (the grid's choice); the rest are
 * given in words, so neither option gets more pictures.
 */
export function Evidence() {
  return (
    <>
      <p className="evidence-note">
        <strong>{DIFFERENT_STUDIES_NOTE.text}</strong>
        <Sources ids={DIFFERENT_STUDIES_NOTE.sources} />
      </p>
      <p className="evidence-note">
        {NO_HEAD_TO_HEAD.text}
        <Sources ids={NO_HEAD_TO_HEAD.sources} />
      </p>
      <p>{SUMMARY_TEXT.evidenceIntro}</p>
      <p className="evidence-note">
        {GRID_TEXT.evidenceChoice.text}
        <Sources ids={GRID_TEXT.evidenceChoice.sources} />
      </p>
      {optionsInDisplayOrder().map((option) => (
        <section key={option.id} aria-labelledby={`evidence-${option.id}`}>
          <h3 id={`evidence-${option.id}`}>{EVIDENCE_TEXT.optionHeading(option.name)}</h3>
          {EVIDENCE.filter((e) => e.option === option.id).map((e) => (
            <figure key={e.id} className="evidence-item">
              <figcaption>
                <h4>{e.study}</h4>
                <dl className="evidence-facts">
                  <dt>{EVIDENCE_TEXT.who}</dt>
                  <dd>{e.population}</dd>
                  <dt>{EVIDENCE_TEXT.comparedWith}</dt>
                  <dd>{e.comparator}</dd>
                  <dt>{EVIDENCE_TEXT.when}</dt>
                  <dd>{e.timePoint}</dd>
                  <dt>{EVIDENCE_TEXT.counted}</dt>
                  <dd>{e.outcome}</dd>
                </dl>
              </figcaption>
              <IconArray
                name={option.name}
                treated={e.treatmentPer100}
                compared={e.comparatorPer100}
                pictures={GRID_EVIDENCE[option.id].includes(e.id)}
              />
              {e.note && <p className="evidence-item-note">{e.note}</p>}
              <p>
                <Sources ids={e.sources} />
              </p>
            </figure>
          ))}
        </section>
      ))}
    </>
  );
}
