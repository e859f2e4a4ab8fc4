import { lazy, Suspense } from 'react';
import { CrisisLine } from '../CrisisLine';
import { SiteFooter } from '../SiteFooter';
import { setClinicianMode } from './mode';

// Clinician mode brings summarize() and the clinical content: its own chunk, loaded on entry.
const ClinicianMode = lazy(() =>
  import('./ClinicianMode').then((m) => ({ default: m.ClinicianMode })),
);

/** The page in clinician mode: the crisis line, the clinician view, and the footer. */
export function ClinicianApp() {
  return (
    <div className="app app-clinician">
      <CrisisLine />
      <main id="main" tabIndex={-1}>
        <Suspense fallback={null}>
          <ClinicianMode onLeave={() => setClinicianMode(false)} />
        </Suspense>
      </main>
      <SiteFooter />
    </div>
  );
}
