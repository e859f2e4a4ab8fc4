import { useEffect, useMemo, useRef, useState } from 'react';
import { CLINICIAN_TEXT } from '../../questions/content/clinician-text';
import { SAVING } from '../../questions/content/ui-text';
import type { AnswerValue, QuestionId } from '../../questions/types';
import { withoutHidden } from '../../questions/visibility';
import { useAnswersStore } from '../../machine/store';
import { PrintButton } from '../../results/print/PrintButton';
import { PrintOnDemand } from '../../results/print/PrintOnDemand';
import { summarize } from '../../results/summarize';
import { Switch } from '../../ui/Switch';
import { AnswersOverview } from './AnswersOverview';
import { ClinicianSummary } from './ClinicianSummary';
import { ClinicianViewSwitch, type ClinicianPane } from './ClinicianViewSwitch';
import { NextPatient } from './NextPatient';
import './clinician.css';

/**
 * Clinician mode: every answer editable on the left, the live summary on the right, in view while
 * the answers scroll; on a narrow screen a switch shows one or the other. Saving is
 * turned off on entry (the clinician may turn it on); "Next patient" clears memory and storage.
 * Edits go straight to the store; leaving hands the answers to a fresh questionnaire.
 */
export function ClinicianMode({ onLeave }: { onLeave: () => void }) {
  const answers = useAnswersStore((s) => s.answers);
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
    useAnswersStore.getState().setSaving(false);
    // Entering the view (from the switch or a link) puts focus on its heading.
    document.getElementById('clinician-title')?.focus();
  }, []);

  function answer(id: QuestionId, value: AnswerValue | undefined) {
    const { answers: current, step, furthest, recordProgress } = useAnswersStore.getState();
    const next = { ...current, [id]: value };
    if (value === undefined) delete next[id];
    recordProgress(withoutHidden(next), step, furthest);
  }

  function leave() {
    const store = useAnswersStore.getState();
    store.applyImportedAnswers(store.answers);
    onLeave();
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
        <NextPatient onConfirm={store.resetAll} />
        <button type="button" className="btn" onClick={leave}>
          {CLINICIAN_TEXT.patientView}
        </button>
      </div>
      <p className="hint">{preferences.saving ? SAVING.saved : CLINICIAN_TEXT.savingOffNote}</p>
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
        </section>
      </div>
      <PrintOnDemand summary={summary} />
    </div>
  );
}
