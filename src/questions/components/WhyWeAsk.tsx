import { QUESTION_UI } from '../content/ui-text';

/** "Why we ask", shown on demand with a native disclosure. */
export function WhyWeAsk({ why }: { readonly why: string }) {
  return (
    <details className="why">
      <summary>{QUESTION_UI.whyWeAsk}</summary>
      <p>{why}</p>
    </details>
  );
}
