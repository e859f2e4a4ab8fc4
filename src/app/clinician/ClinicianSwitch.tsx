import { CLINICIAN_SWITCH } from '../../questions/content/clinician-switch-text';
import { Switch } from '../../ui/Switch';
import { CLINICIAN_HREF, setClinicianMode } from './mode';

/** On the first screen: a switch into clinician mode, and the same as a link to bookmark. */
export function ClinicianSwitch() {
  return (
    <div className="clinician-switch">
      <Switch label={CLINICIAN_SWITCH.switchLabel} checked={false} onChange={setClinicianMode} />
      <p className="hint">
        {CLINICIAN_SWITCH.switchHint} <a href={CLINICIAN_HREF}>{CLINICIAN_SWITCH.linkText}</a>
      </p>
    </div>
  );
}
