import { useEffect, useRef, useState } from 'react';
import { SAVING } from '../questions/content/ui-text';
import { useAnswersStore, usePreferences } from '../machine/store';
import { Switch } from '../ui/Switch';
import { SaveStatus } from './SaveStatus';

/** "Saved on this device", the saving and large-text switches, and "Clear all answers" with a confirm. */
export function SaveControls() {
  const { saving, largeText } = usePreferences();
  const setSaving = useAnswersStore((s) => s.setSaving);
  const setLargeText = useAnswersStore((s) => s.setLargeText);
  const resetAll = useAnswersStore((s) => s.resetAll);
  const [confirming, setConfirming] = useState(false);
  const [cleared, setCleared] = useState(false);
  const clearRef = useRef<HTMLButtonElement>(null);
  const yesRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  useEffect(() => {
    if (confirming) yesRef.current?.focus();
    else if (wasConfirming.current) clearRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  return (
    <section className="save-controls" aria-labelledby="save-controls-title">
      <h2 id="save-controls-title" className="visually-hidden">
        {SAVING.settings}
      </h2>
      <SaveStatus savedText={SAVING.saved} notSavedText={SAVING.notSaved} />
      <div className="switches">
        <Switch label={SAVING.switchLabel} checked={saving} onChange={setSaving} />
        <Switch label={SAVING.largeText} checked={largeText} onChange={setLargeText} />
      </div>
      {confirming ? (
        <div className="confirm" role="group" aria-labelledby="confirm-clear-text">
          <p id="confirm-clear-text">{SAVING.confirm}</p>
          <div className="nav-buttons">
            <button
              ref={yesRef}
              type="button"
              className="btn btn-danger"
              onClick={() => {
                resetAll();
                setCleared(true);
                setConfirming(false);
              }}
            >
              {SAVING.confirmYes}
            </button>
            <button type="button" className="btn" onClick={() => setConfirming(false)}>
              {SAVING.confirmNo}
            </button>
          </div>
        </div>
      ) : (
        <button
          ref={clearRef}
          type="button"
          className="btn"
          onClick={() => {
            setCleared(false);
            setConfirming(true);
          }}
        >
          {SAVING.clear}
        </button>
      )}
      <p role="status" className="status-line">
        {cleared ? SAVING.cleared : ''}
      </p>
    </section>
  );
}
