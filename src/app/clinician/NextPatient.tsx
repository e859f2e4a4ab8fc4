import { useEffect, useId, useRef, useState } from 'react';
import { CLINICIAN_TEXT } from '../../questions/content/clinician-text';

/**
 * "Next patient": one action, after a confirm step, that clears everything. `onConfirm` starts a
 * fresh session (this part included) and says so in the app's status line.
 */
export function NextPatient({ onConfirm }: { onConfirm: () => void }) {
  const [asking, setAsking] = useState(false);
  const titleId = useId();
  const confirmRef = useRef<HTMLHeadingElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (asking) confirmRef.current?.focus();
  }, [asking]);

  function close(cleared: boolean) {
    setAsking(false);
    if (cleared) onConfirm();
    else buttonRef.current?.focus();
  }

  return (
    <div className="next-patient">
      <button
        ref={buttonRef}
        type="button"
        className="btn"
        aria-expanded={asking}
        onClick={() => setAsking(true)}
      >
        {CLINICIAN_TEXT.nextPatient}
      </button>
      {asking && (
        <div className="confirm" role="group" aria-labelledby={titleId}>
          <h2 id={titleId} ref={confirmRef} tabIndex={-1}>
            {CLINICIAN_TEXT.confirmTitle}
          </h2>
          <p>{CLINICIAN_TEXT.confirmBody}</p>
          <button type="button" className="btn btn-primary" onClick={() => close(true)}>
            {CLINICIAN_TEXT.confirmYes}
          </button>{' '}
          <button type="button" className="btn" onClick={() => close(false)}>
            {CLINICIAN_TEXT.confirmNo}
          </button>
        </div>
      )}
    </div>
  );
}
