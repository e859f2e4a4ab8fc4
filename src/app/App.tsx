import { useEffect } from 'react';
import { startTabSync } from '../machine/tab-sync';
import { useAnswersStore, usePreferences } from '../machine/store';
import { ClinicianApp } from './clinician/ClinicianApp';
import { useClinicianMode } from './clinician/mode';
import { CrisisLine } from './CrisisLine';
import { HandOffCheck } from './handoff/HandOffCheck';
import { HistorySync } from './history-sync';
import { QuestionnaireProvider } from './QuestionnaireProvider';
import { SaveControls } from './SaveControls';
import { SessionNotices } from './SessionNotices';
import { SiteFooter } from './SiteFooter';
import { StepView } from './StepView';

/**
 * The shell: crisis line on every screen, the session notices (they stay while the questionnaire
 * restarts), the questionnaire with Back and Forward bound to its steps, and a footer with the
 * saving controls and the About link; or, with `?mode=clinician`, the clinician view. Both views
 * run the same questionnaire machine. Other tabs' changes reach both through the store.
 */
export function App() {
  const { largeText } = usePreferences();
  useEffect(() => {
    document.documentElement.classList.toggle('large-text', largeText);
  }, [largeText]);
  useEffect(() => startTabSync(useAnswersStore), []);
  const clinician = useClinicianMode();
  if (clinician) return <ClinicianApp notices={<SessionNotices />} />;
  return (
    <div className="app">
      <CrisisLine />
      <HandOffCheck />
      <SessionNotices />
      <QuestionnaireProvider>
        <HistorySync />
        <StepView />
      </QuestionnaireProvider>
      <SiteFooter>
        <SaveControls />
      </SiteFooter>
    </div>
  );
}
