import { useEffect } from 'react';
import { usePreferences } from '../machine/store';
import { CrisisLine } from './CrisisLine';
import { QuestionnaireProvider } from './QuestionnaireProvider';
import { SaveControls } from './SaveControls';
import { StepView } from './StepView';

/** The shell: crisis line on every screen, the questionnaire, and the saving controls. */
export function App() {
  const { largeText } = usePreferences();
  useEffect(() => {
    document.documentElement.classList.toggle('large-text', largeText);
  }, [largeText]);
  return (
    <div className="app">
      <CrisisLine />
      <QuestionnaireProvider>
        <StepView />
      </QuestionnaireProvider>
      <SaveControls />
    </div>
  );
}
