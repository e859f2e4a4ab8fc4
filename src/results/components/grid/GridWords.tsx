import { GLOSSARY } from '../../../questions/content/glossary';
import { GRID_TEXT } from '../../../questions/content/option-grid';
import { Sources } from '../Sources';

/** Every word of the glossary with its meaning, below the grid. */
export function GridWords() {
  return (
    <section className="grid-words" aria-labelledby="grid-words-title">
      <h2 id="grid-words-title">{GRID_TEXT.wordsHeading}</h2>
      <dl>
        {GLOSSARY.map((entry) => (
          <div key={entry.term}>
            <dt>{entry.term}</dt>
            <dd>
              {entry.definition}
              <Sources ids={entry.sources} prefix="grid-ref-" />
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
