import { useState } from 'react';
import { GRID_GLOSSARY_TERMS } from '../../../questions/content/option-grid';
import { Sources } from '../Sources';
import { splitTerms } from './terms';

interface Props {
  readonly text: string;
  /** Unique start of the ids of this text's definitions. */
  readonly idBase: string;
}

/**
 * A text whose hard words are buttons: pressing one (mouse, touch, Enter or Space) shows its
 * glossary definition, with sources, right after the text; pressing again hides it.
 */
export function GlossaryText({ text, idBase }: Props) {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const parts = splitTerms(text, GRID_GLOSSARY_TERMS);
  const terms = parts.flatMap((p) => (p.kind === 'term' ? [p] : []));
  const idOf = (term: string) => `${idBase}-${term.toLowerCase().replace(/\W+/g, '-')}`;
  const toggle = (term: string) =>
    setOpen((now) => {
      const next = new Set(now);
      if (next.has(term)) next.delete(term);
      else next.add(term);
      return next;
    });
  return (
    <>
      {parts.map((p, i) =>
        p.kind === 'text' ? (
          p.text
        ) : (
          <button
            key={i}
            type="button"
            className="term"
            aria-expanded={open.has(p.entry.term)}
            aria-controls={idOf(p.entry.term)}
            onClick={() => toggle(p.entry.term)}
          >
            {p.text}
          </button>
        ),
      )}
      {terms.map((p) => (
        <span
          key={p.entry.term}
          id={idOf(p.entry.term)}
          className="term-definition"
          hidden={!open.has(p.entry.term)}
        >
          <strong>{p.entry.term}:</strong> {p.entry.definition}
          <Sources ids={p.entry.sources} prefix="grid-ref-" />
        </span>
      ))}
    </>
  );
}
