export interface ProgressStep {
  readonly id: string;
  readonly name: string;
  readonly status: 'done' | 'current' | 'todo';
  /** Given when the person may jump to this step. */
  readonly onSelect?: () => void;
}

interface Props {
  readonly label: string;
  readonly summary: string;
  readonly steps: readonly ProgressStep[];
  readonly goToLabel: (name: string) => string;
}

/** Where the person is: an ordered list of step names, the current one marked aria-current="step". */
export function ProgressSteps({ label, summary, steps, goToLabel }: Props) {
  return (
    <nav className="progress" aria-label={label}>
      <p className="progress-summary">{summary}</p>
      <ol>
        {steps.map((step) => (
          <li
            key={step.id}
            className={`progress-step is-${step.status}`}
            aria-current={step.status === 'current' ? 'step' : undefined}
          >
            {step.onSelect ? (
              <button
                type="button"
                className="progress-link"
                aria-label={goToLabel(step.name)}
                onClick={step.onSelect}
              >
                {step.name}
              </button>
            ) : (
              <span>{step.name}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
