import { GRID_TEXT } from '../../../questions/content/option-grid';
import { OTHER_OPTIONS, OTHER_OPTIONS_INTRO } from '../../../questions/content/other-options';
import { Sources } from '../Sources';

/** The other choices a person can ask about, below the grid: one or two lines each. */
export function OtherOptions() {
  return (
    <section className="other-options" aria-labelledby="other-options-title">
      <h2 id="other-options-title">{GRID_TEXT.otherOptionsHeading}</h2>
      <p>
        {OTHER_OPTIONS_INTRO.text}
        <Sources ids={OTHER_OPTIONS_INTRO.sources} prefix="grid-ref-" />
      </p>
      <ul>
        {OTHER_OPTIONS.map((o) => (
          <li key={o.id}>
            <strong>{o.name}.</strong> {o.text.text}
            <Sources ids={o.text.sources} prefix="grid-ref-" />
          </li>
        ))}
      </ul>
    </section>
  );
}
