import { Fragment } from 'react';
import {
  DIFFERENT_STUDIES_NOTE,
  EVIDENCE_CAVEATS,
  NO_HEAD_TO_HEAD,
} from '../../../questions/content/evidence';
import { GRID_ROWS, GRID_TEXT } from '../../../questions/content/option-grid';
import { OPTION_ORDER_STATEMENT, optionsInDisplayOrder } from '../../../questions/content/options';
import { referenceText } from '../../../questions/content/references';
import { Sources } from '../Sources';
import { GridCell } from './GridCell';
import { gridReferences } from './grid-sources';
import { GridWords } from './GridWords';
import { OtherOptions } from './OtherOptions';
import '../summary.css';
import './option-grid.css';

function Note({ note }: { readonly note: { text: string; sources: readonly string[] } }) {
  return (
    <p className="evidence-note">
      {note.text}
      <Sources ids={note.sources} prefix="grid-ref-" />
    </p>
  );
}

/**
 * The two options side by side, in the manner of an Option Grid: one row per question, one column
 * per option in A to Z order, the same rows for both. On a narrow screen each row reads as its
 * question with both answers under it. Then the other options and the sources.
 */
export function OptionGrid() {
  const options = optionsInDisplayOrder();
  return (
    <div className="option-grid-screen">
      <p>{GRID_TEXT.intro}</p>
      <p className="column-order">{OPTION_ORDER_STATEMENT}</p>
      <table className="option-grid">
        <caption>{GRID_TEXT.tableCaption}</caption>
        <colgroup>
          <col className="col-question" />
          {options.map((o) => (
            <col key={o.id} className="col-option" />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{GRID_TEXT.questionColumn}</th>
            {options.map((o) => (
              <th key={o.id} scope="col">
                {o.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {GRID_ROWS.map((row) => (
            <Fragment key={row.key}>
              {row.more === 'evidence' && (
                <tr className="grid-note-row">
                  <td colSpan={options.length + 1}>
                    <p className="grid-no-head-to-head">
                      <strong>{NO_HEAD_TO_HEAD.text}</strong>
                      <Sources ids={NO_HEAD_TO_HEAD.sources} prefix="grid-ref-" />
                    </p>
                    <Note note={DIFFERENT_STUDIES_NOTE} />
                    <Note note={GRID_TEXT.evidenceChoice} />
                    <ul className="grid-caveats">
                      {EVIDENCE_CAVEATS.map((c) => (
                        <li key={c.text}>
                          {c.text}
                          <Sources ids={c.sources} prefix="grid-ref-" />
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              )}
              <tr className="grid-row" data-row={row.key}>
                <th scope="row" className="row-head">
                  {row.question}
                </th>
                {options.map((o) => (
                  <GridCell key={o.id} option={o} row={row} />
                ))}
              </tr>
            </Fragment>
          ))}
        </tbody>
      </table>
      <OtherOptions />
      <GridWords />
      <section className="grid-references" aria-labelledby="grid-references-title">
        <h2 id="grid-references-title">{GRID_TEXT.referencesHeading}</h2>
        <ol className="reference-list">
          {gridReferences().map((r) => (
            <li key={r.id} id={`grid-ref-${r.id}`}>
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
      </section>
    </div>
  );
}
