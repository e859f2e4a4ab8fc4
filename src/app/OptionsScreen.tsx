/**
 * The options side by side, as a step of the flow and opened from any other screen. A chunk of its
 * own with the grid and its clinical content, loaded when first shown (StepView).
 */
import { useEffect, type FormEvent } from 'react';
import { GRID_TEXT } from '../questions/content/option-grid';
import { OptionGrid } from '../results/components/grid/OptionGrid';
import { NavButtons } from './NavButtons';
import { useQuestionnaireRef } from './QuestionnaireContext';
import { ScreenHeading } from './ScreenHeading';

/** Once loaded, gives focus to the heading if focus was lost while loading (the opener is hidden). */
function useFocusHeadingWhenLoaded() {
  useEffect(() => {
    const active = document.activeElement;
    if (active === null || active === document.body || active.id === 'main') {
      document.getElementById('options-title')?.focus();
    }
  }, []);
}

function CloseButton({ onClose }: { readonly onClose: () => void }) {
  return (
    <div className="nav-buttons">
      <button type="button" className="btn" onClick={onClose}>
        {GRID_TEXT.close}
      </button>
    </div>
  );
}

/** Opened from another screen: "Back to where I was" returns there. */
export function OptionsPeek({ onClose }: { readonly onClose: () => void }) {
  useFocusHeadingWhenLoaded();
  return (
    <section className="screen options-screen" aria-labelledby="options-title">
      <ScreenHeading id="options-title">{GRID_TEXT.title}</ScreenHeading>
      <CloseButton onClose={onClose} />
      <SkipToEnd />
      <OptionGrid />
      <div id="options-end" tabIndex={-1}>
        <CloseButton onClose={onClose} />
      </div>
    </section>
  );
}

/**
 * The grid has many links and buttons: a keyboard user can jump past them all to the buttons at
 * the end (focus goes to the end of the screen, so the next Tab reaches them).
 */
function SkipToEnd() {
  return (
    <p className="skip-to-end">
      <button
        type="button"
        className="btn btn-small"
        onClick={() => document.getElementById('options-end')?.focus()}
      >
        {GRID_TEXT.skip}
      </button>
    </p>
  );
}

/** The step of the flow, before the questions on what matters: Back and Next. */
export function OptionsStepScreen() {
  const actor = useQuestionnaireRef();
  useFocusHeadingWhenLoaded();
  function submit(event: FormEvent) {
    event.preventDefault();
    actor.send({ type: 'nav.next' });
  }
  return (
    <form className="screen options-screen" aria-labelledby="options-title" onSubmit={submit}>
      <ScreenHeading id="options-title">{GRID_TEXT.title}</ScreenHeading>
      <SkipToEnd />
      <OptionGrid />
      <div id="options-end" tabIndex={-1}>
        <NavButtons />
      </div>
    </form>
  );
}
