import { SAFETY } from '../questions/content/ui-text';
import { CrisisActions } from './CrisisActions';
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
      <CrisisActions />
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
