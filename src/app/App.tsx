import { useEffect } from 'react';
import { usePreferences } from '../machine/store';
import { ClinicianApp } from './clinician/ClinicianApp';
import { useClinicianMode } from './clinician/mode';
import { CrisisLine } from './CrisisLine';
import { HandOffCheck } from './handoff/HandOffCheck';
import { QuestionnaireProvider } from './QuestionnaireProvider';
import { SaveControls } from './SaveControls';
import { SiteFooter } from './SiteFooter';
import { StepView } from './StepView';

/**
 * The shell: crisis line on every screen, the questionnaire, and a footer with the saving
 * controls and the About link; or, with `?mode=clinician`, the clinician view.
 */
export function App() {
  const { largeText } = usePreferences();
  useEffect(() => {
    document.documentElement.classList.toggle('large-text', largeText);
  }, [largeText]);
  const clinician = useClinicianMode();
  if (clinician) return <ClinicianApp />;
  return (
    <div className="app">
      <CrisisLine />
      <HandOffCheck />
      <QuestionnaireProvider>
        <StepView />
      </QuestionnaireProvider>
      <SiteFooter>
        <SaveControls />
      </SiteFooter>
    </div>
  );
}
