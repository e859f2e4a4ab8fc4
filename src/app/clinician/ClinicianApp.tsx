import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { useAnswersStore } from '../../machine/store';
import { CrisisLine } from '../CrisisLine';
import { recoverable } from '../lazy-recovery';
import { QuestionnaireProvider } from '../QuestionnaireProvider';
import { SiteFooter } from '../SiteFooter';
import { setClinicianMode } from './mode';

// Clinician mode brings summarize() and the clinical content: its own chunk, loaded on entry.
const ClinicianMode = lazy(
  recoverable(() => import('./ClinicianMode').then((m) => ({ default: m.ClinicianMode }))),
);

/**
 * The page in clinician mode: the crisis line, the session notices, the clinician view and the
 * footer. Saving is turned off on entry (the clinician may turn it on). The view runs the same
 * questionnaire machine as the patient's screens, restarted from the store on each new session
 * ("Next patient", an opened file, another tab's change), so nothing of the last one stays.
 */
export function ClinicianApp({ notices }: { readonly notices: ReactNode }) {
  useEffect(() => {
    useAnswersStore.getState().setSaving(false);
  }, []);
  return (
    <div className="app app-clinician">
      <CrisisLine />
      {notices}
      <main id="main" tabIndex={-1}>
        <QuestionnaireProvider>
          <Suspense fallback={null}>
            <ClinicianMode onLeave={() => setClinicianMode(false)} />
          </Suspense>
        </QuestionnaireProvider>
      </main>
      <SiteFooter />
    </div>
  );
}
