import { lazy, Suspense, useId, useState } from 'react';
import { chartNote } from '../../handoff/chart-note';
import { buildBundle } from '../../handoff/fhir-response';
import { HANDOFF_TEXT as T } from '../../questions/content/handoff-text';
import type { Answers } from '../../questions/types';
import { summarize } from '../../results/summarize';
import { downloadText } from '../answer-file/download';
import { recoverable } from '../lazy-recovery';
import { copyText, randomUuid, today } from './copy-text';
import './handoff.css';

// The QR code and its encoder load only when someone asks for the code.
const HandOffCode = lazy(
  recoverable(() => import('./HandOffCode').then((m) => ({ default: m.HandOffCode }))),
);

/**
 * "Share with your clinician": the FHIR file for the health record, the note for the chart, and
 * a code (or link) that opens the answers on another device. Nothing leaves the device unless the
 * person passes the file, the note or the link on. `anchor` names the section for links to it.
 */
export function HandOffActions({ answers, anchor }: { answers: Answers; anchor?: string }) {
  const [status, setStatus] = useState('');
  const [note, setNote] = useState<string | null>(null);
  const [showCode, setShowCode] = useState(false);
  const id = useId();

  function downloadFhir() {
    const bundle = buildBundle(answers, {
      authored: new Date().toISOString(),
      responseId: randomUuid(),
      observationId: randomUuid(),
    });
    downloadText(JSON.stringify(bundle, null, 2), T.fhirFileName, 'application/fhir+json');
  }

  async function copyNote() {
    const text = chartNote(summarize(answers), answers, today());
    const copied = await copyText(text);
    setNote(copied ? null : text);
    setStatus(copied ? T.noteCopied : T.noteFailed);
  }

  return (
    <section id={anchor} className="handoff no-print" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{T.heading}</h2>
      <p>{T.intro}</p>
      <div className="handoff-actions">
        <div>
          <button
            type="button"
            className="btn"
            aria-describedby={`${id}-fhir`}
            onClick={downloadFhir}
          >
            {T.fhirButton}
          </button>
          <p id={`${id}-fhir`} className="hint">
            {T.fhirHint}
          </p>
        </div>
        <div>
          <button
            type="button"
            className="btn"
            aria-describedby={`${id}-note`}
            onClick={() => void copyNote()}
          >
            {T.noteButton}
          </button>
          <p id={`${id}-note`} className="hint">
            {T.noteHint}
          </p>
        </div>
        <div>
          <button
            type="button"
            className="btn"
            aria-expanded={showCode}
            aria-controls={`${id}-code`}
            onClick={() => setShowCode((shown) => !shown)}
          >
            {showCode ? T.codeHide : T.codeButton}
          </button>
          <p className="hint">{T.codeWarning}</p>
        </div>
      </div>
      <p role="status">{status}</p>
      {note !== null && (
        <label className="handoff-text">
          {T.noteLabel}
          <textarea readOnly value={note} rows={12} />
        </label>
      )}
      <div id={`${id}-code`}>
        {showCode && (
          <Suspense fallback={<p>{T.codeLoading}</p>}>
            <HandOffCode answers={answers} />
          </Suspense>
        )}
      </div>
    </section>
  );
}
