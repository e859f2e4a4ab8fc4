import type { SafetyBlock } from '../summary-types';
import { Sources } from './Sources';

/** Crisis help, first on the summary. Urgent when the person may be in danger now. */
export function SafetyBox({ safety }: { readonly safety: SafetyBlock }) {
  const className = ['crisis-resources', 'summary-safety', safety.urgent ? 'is-urgent' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <section className={className} aria-labelledby="summary-safety-title">
      <h2 id="summary-safety-title">{safety.heading}</h2>
      <p className="summary-safety-message">{safety.message}</p>
      <ul>
        {safety.resources.map((r) => (
          <li key={r.name}>
            <strong>{r.name}:</strong> {r.howToReach}. {r.detail}
            <Sources ids={r.sourceIds} />
            {r.links.length > 0 && (
              <span className="crisis-actions">
                {r.links.map((l) => (
                  <a key={l.href} className="btn btn-crisis" href={l.href}>
                    {l.label}
                  </a>
                ))}
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
