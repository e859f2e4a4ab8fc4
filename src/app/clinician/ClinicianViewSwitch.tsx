import { CLINICIAN_LAYOUT_TEXT } from '../../questions/content/summary-layout-text';

export type ClinicianPane = 'answers' | 'summary';

const PANES: readonly ClinicianPane[] = ['answers', 'summary'];

/**
 * On a phone or small tablet, where the answers and the summary cannot sit side by side: two
 * pressed/not pressed buttons that show one or the other, so the summary is one tap away rather
 * than below every question. Hidden on a wide screen, where both are shown.
 */
export function ClinicianViewSwitch({
  shown,
  onShow,
}: {
  readonly shown: ClinicianPane;
  readonly onShow: (pane: ClinicianPane) => void;
}) {
  return (
    <div
      className="clinician-view-switch no-print"
      role="group"
      aria-label={CLINICIAN_LAYOUT_TEXT.switchLabel}
    >
      {PANES.map((pane) => (
        <button
          key={pane}
          type="button"
          className="btn btn-small"
          aria-pressed={shown === pane}
          onClick={() => onShow(pane)}
        >
          {CLINICIAN_LAYOUT_TEXT[pane]}
        </button>
      ))}
    </div>
  );
}
