import { useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { ANSWER_FILE_TEXT } from '../../questions/content/answer-file-text';
import { CLINICIAN_TEXT } from '../../questions/content/clinician-text';
import { SAVING } from '../../questions/content/ui-text';
import type { AnswerValue, QuestionId } from '../../questions/types';
import { selectAnswers } from '../../machine/selectors';
import { useAnswersStore } from '../../machine/store';
import { OpenAnswers } from '../answer-file/OpenAnswers';
import { useQuestionnaireRef, useStepSelector } from '../QuestionnaireContext';
import { SaveStatus } from '../SaveStatus';
import { PrintButton } from '../../results/print/PrintButton';
import { PrintOnDemand } from '../../results/print/PrintOnDemand';
import { summarize } from '../../results/summarize';
import { Switch } from '../../ui/Switch';
import { LazyHandOffActions } from '../handoff/LazyHandOffActions';
import { AnswersOverview } from './AnswersOverview';
import { ClinicianSummary } from './ClinicianSummary';
import { ClinicianViewSwitch, type ClinicianPane } from './ClinicianViewSwitch';
import { NextPatient } from './NextPatient';
import './clinician.css';

/**
 * Clinician mode: every answer editable on the left, the live summary on the right, in view while
 * the answers scroll; on a narrow screen a switch shows one or the other. Edits are `answer.set`
 * events to the questionnaire machine, checked by the same guard as on the patient's screens.
 * "Next patient" clears memory and storage and starts a fresh machine: every field, open detail
 * and scroll position goes back to the start, and focus goes to the heading.
 */
export function ClinicianMode({ onLeave }: { onLeave: () => void }) {
  const actor = useQuestionnaireRef();
  const answers = useStepSelector(selectAnswers);
  const preferences = useAnswersStore((s) => s.preferences);
  const summary = useMemo(() => summarize(answers), [answers]);
  const [shown, setShown] = useState<ClinicianPane>('answers');
  const columns = useRef<HTMLDivElement>(null);

  function show(pane: ClinicianPane) {
    setShown(pane);
    // The chosen pane starts where the switch is, not where the other one was scrolled to.
    if (columns.current && columns.current.getBoundingClientRect().top < 0) {
      columns.current.scrollIntoView({ block: 'start' });
    }
  }

  useEffect(() => {
    // Entering the view (from the switch, a link, or a new session) puts focus on its heading.
    document.getElementById('clinician-title')?.focus();
  }, []);

  function answer(id: QuestionId, value: AnswerValue | undefined) {
    actor.send({ type: 'answer.set', id, value });
  }

  function nextPatient() {
    // Render the fresh session now, so focus and scroll land on the new page, not the old one.
    flushSync(() => useAnswersStore.getState().resetAll({ kind: 'cleared' }));
    window.scrollTo(0, 0);
    document.getElementById('clinician-title')?.focus();
  }

  const store = useAnswersStore.getState();
  return (
    <div className="clinician">
      <h1 id="clinician-title" tabIndex={-1}>
        {CLINICIAN_TEXT.title}
      </h1>
      <p>{CLINICIAN_TEXT.intro}</p>
      <div
        className="clinician-bar no-print"
        role="group"
        aria-label={CLINICIAN_TEXT.settingsLabel}
      >
        <Switch
          label={CLINICIAN_TEXT.largeText}
          checked={preferences.largeText}
          onChange={store.setLargeText}
        />
        <Switch
          label={CLINICIAN_TEXT.saving}
          checked={preferences.saving}
          onChange={store.setSaving}
        />
        <NextPatient onConfirm={nextPatient} />
        <button type="button" className="btn" onClick={onLeave}>
          {CLINICIAN_TEXT.patientView}
        </button>
      </div>
      <SaveStatus savedText={SAVING.saved} notSavedText={CLINICIAN_TEXT.savingOffNote} />
      <OpenAnswers
        label={ANSWER_FILE_TEXT.open}
        hint={ANSWER_FILE_TEXT.openHint}
        answerCount={Object.keys(answers).length}
        onOpen={(opened) => store.applyImportedAnswers(opened)}
      />
      <ClinicianViewSwitch shown={shown} onShow={show} />
      <div ref={columns} className={`clinician-columns shows-${shown}`}>
        <section aria-labelledby="clinician-answers">
          <h2 id="clinician-answers">{CLINICIAN_TEXT.answersHeading}</h2>
          <AnswersOverview answers={answers} onAnswer={answer} />
        </section>
        <section
          className="clinician-summary-column"
          aria-labelledby="clinician-live"
          aria-live="off"
        >
          <h2 id="clinician-live">{CLINICIAN_TEXT.summaryHeading}</h2>
          <PrintButton />
          <ClinicianSummary summary={summary} />
          <LazyHandOffActions answers={answers} />
        </section>
      </div>
      <PrintOnDemand summary={summary} />
    </div>
  );
}
