import { useEffect, useRef, useState } from 'react';
import { decodeHandOff } from '../../handoff/link';
import { useAnswersStore } from '../../machine/store';
import type { ParseResult } from '../../questions/answer-file';
import { HANDOFF_OPEN_TEXT as T } from '../../questions/content/handoff-text';
import type { Answers } from '../../questions/types';
import '../answer-file/answer-file.css';

/**
 * Opening a hand-off link. The fragment leaves the address bar and this history entry at once
 * (history.replaceState), so the answers are not kept in the URL whatever the person chooses.
 * Then it asks before replacing any answers; opening them goes to the summary.
 */
export function HandOffOpen({ fragment, onDone }: { fragment: string; onDone: () => void }) {
  const [result, setResult] = useState<ParseResult | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const { pathname, search } = window.location;
    window.history.replaceState(window.history.state, '', `${pathname}${search}`);
    let current = true;
    void decodeHandOff(fragment).then((read) => current && setResult(read));
    return () => {
      current = false;
    };
  }, [fragment]);

  useEffect(() => {
    if (result) heading.current?.focus();
  }, [result]);

  if (!result) return null;

  function open(answers: Answers) {
    const store = useAnswersStore.getState();
    // Resume as far as these answers allow, up to the summary.
    store.recordProgress(answers, 'summary', 'summary');
    store.applyImportedAnswers(answers);
    onDone();
  }

  return (
    <section className="notice handoff-open" aria-labelledby="handoff-open-title">
      <h2 id="handoff-open-title" ref={heading} tabIndex={-1}>
        {result.ok ? T.heading : T.refusedHeading}
      </h2>
      {result.ok ? (
        <>
          <p>{T.body(Object.keys(result.answers).length)}</p>
          <div className="answer-file-actions">
            <button type="button" className="btn btn-primary" onClick={() => open(result.answers)}>
              {T.open}
            </button>
            <button type="button" className="btn" onClick={onDone}>
              {T.keep}
            </button>
          </div>
        </>
      ) : (
        <>
          <p className="answer-file-error">{result.message}</p>
          <button type="button" className="btn" onClick={onDone}>
            {T.dismiss}
          </button>
        </>
      )}
    </section>
  );
}
