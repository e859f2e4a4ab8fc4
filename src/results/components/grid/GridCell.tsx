import { useState } from 'react';
import { GRID_CELLS, GRID_TEXT, type GridRow } from '../../../questions/content/option-grid';
import type { OptionFacts } from '../../../questions/content/types';
import { Sources } from '../Sources';
import { GlossaryText } from './GlossaryText';
import { GridEvidence, GridEvidenceDetails } from './GridEvidence';

interface Props {
  readonly option: OptionFacts;
  readonly row: GridRow;
}

/**
 * One answer of the grid: the short text with its sources, the icon arrays on the evidence row,
 * and a "More" button (aria-expanded) that opens the full facts with their sources.
 */
export function GridCell({ option, row }: Props) {
  const [open, setOpen] = useState(false);
  const cell = GRID_CELLS[option.id][row.key];
  const id = `grid-${option.id}-${row.key}`;
  return (
    <td className="grid-cell">
      <span className="cell-label">{option.name}</span>
      <p className="grid-short">
        <GlossaryText text={cell.text} idBase={`${id}-term`} />
        <Sources ids={cell.sources} prefix="grid-ref-" />
      </p>
      {row.more === 'evidence' && <GridEvidence option={option} />}
      <button
        type="button"
        className="btn-more"
        aria-expanded={open}
        aria-controls={`${id}-more`}
        onClick={() => setOpen((o) => !o)}
      >
        {GRID_TEXT.more}
        <span className="visually-hidden">
          : {option.name}. {row.question}
        </span>
      </button>
      <div id={`${id}-more`} className="grid-more" hidden={!open}>
        {row.more === 'evidence' ? (
          <GridEvidenceDetails option={option} />
        ) : (
          <ul>
            {row.more.flatMap((field) =>
              option.fields[field].map((fact) => (
                <li key={fact.text}>
                  {fact.text}
                  <Sources ids={fact.sources} prefix="grid-ref-" />
                </li>
              )),
            )}
          </ul>
        )}
      </div>
    </td>
  );
}
