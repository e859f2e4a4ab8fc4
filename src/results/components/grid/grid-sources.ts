/** Every source the grid screen cites, for its own list of sources. Pure. */
import {
  DIFFERENT_STUDIES_NOTE,
  EVIDENCE_CAVEATS,
  NO_HEAD_TO_HEAD,
} from '../../../questions/content/evidence';
import { GLOSSARY } from '../../../questions/content/glossary';
import { GRID_CELLS, GRID_ROWS, GRID_TEXT } from '../../../questions/content/option-grid';
import { OPTION_FACTS } from '../../../questions/content/options';
import { OTHER_OPTIONS, OTHER_OPTIONS_INTRO } from '../../../questions/content/other-options';
import { REFERENCES } from '../../../questions/content/references';
import type { Reference } from '../../../questions/content/types';
import type { SourceId } from '../../../questions/types';
import { gridResults } from './GridEvidence';

const idNumber = (id: string) => Number(id.replace(/\D/g, '')) || 0;

/** The references the grid screen cites (cells, full facts, results, notes, words, other options). */
export function gridReferences(): Reference[] {
  const ids = new Set<SourceId>();
  const add = (list: readonly SourceId[]) => list.forEach((id) => ids.add(id));
  for (const option of OPTION_FACTS) {
    for (const row of GRID_ROWS) {
      add(GRID_CELLS[option.id][row.key].sources);
      if (row.more === 'evidence') gridResults(option.id).forEach((e) => add(e.sources));
      else row.more.forEach((field) => option.fields[field].forEach((f) => add(f.sources)));
    }
  }
  GLOSSARY.forEach((entry) => add(entry.sources));
  for (const note of [NO_HEAD_TO_HEAD, DIFFERENT_STUDIES_NOTE, GRID_TEXT.evidenceChoice]) {
    add(note.sources);
  }
  EVIDENCE_CAVEATS.forEach((c) => add(c.sources));
  add(OTHER_OPTIONS_INTRO.sources);
  OTHER_OPTIONS.forEach((o) => add(o.text.sources));
  return REFERENCES.filter((r) => ids.has(r.id)).sort((a, b) => idNumber(a.id) - idNumber(b.id));
}
