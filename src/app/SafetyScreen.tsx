import { SAFETY } from '../questions/content/ui-text';
import { SectionScreen } from './SectionScreen';

function CrisisResources() {
  return (
    <section className="crisis-resources" aria-labelledby="crisis-resources-title">
      <h2 id="crisis-resources-title">{SAFETY.resourcesTitle}</h2>
      <ul>
        {SAFETY.resources.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p className="crisis-actions">
        <a className="btn btn-crisis" href="tel:988">
          {SAFETY.call988}
        </a>
        <a className="btn btn-crisis" href="sms:988">
          {SAFETY.text988}
        </a>
        <a className="btn btn-crisis" href="tel:911">
          {SAFETY.call911}
        </a>
      </p>
      <p>
        <strong>{SAFETY.tellClinician}</strong>
      </p>
      <p className="sources">{SAFETY.sources}</p>
    </section>
  );
}

/** The safety step: crisis help first, the question about today, and a way to go on. */
export function SafetyScreen() {
  return (
    <SectionScreen section="safety" before={<CrisisResources />} after={<p>{SAFETY.goOn}</p>} />
  );
}
