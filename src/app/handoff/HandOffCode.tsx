import { useEffect, useId, useState } from 'react';
import { correction, generate } from 'lean-qr/nano';
import { handOffLink } from '../../handoff/link';
import { HANDOFF_TEXT as T } from '../../questions/content/handoff-text';
import type { Answers } from '../../questions/types';
import { copyText } from './copy-text';
import { qrPath } from './qr-path';

const QUIET_ZONE = 4;

type Code = { readonly link: string; readonly size: number; readonly path: string | null };

async function makeCode(answers: Answers): Promise<Code> {
  const link = await handOffLink(answers, window.location.href);
  try {
    const code = generate(link, { minCorrectionLevel: correction.L });
    return { link, size: code.size + 2 * QUIET_ZONE, path: qrPath(code, QUIET_ZONE) };
  } catch {
    return { link, size: 0, path: null };
  }
}

/**
 * The QR code that opens this guide with these answers on another device, drawn as inline SVG
 * (no image request, allowed by the Content-Security-Policy), with a plain warning and a way to
 * copy the link instead. Loaded only when asked for.
 */
export function HandOffCode({ answers }: { answers: Answers }) {
  const [code, setCode] = useState<Code | null>(null);
  const [status, setStatus] = useState('');
  const [showLink, setShowLink] = useState(false);
  const id = useId();

  useEffect(() => {
    let current = true;
    void makeCode(answers).then((made) => current && setCode(made));
    return () => {
      current = false;
    };
  }, [answers]);

  async function copyLink() {
    if (!code) return;
    const copied = await copyText(code.link);
    setShowLink(!copied);
    setStatus(copied ? T.linkCopied : T.linkFailed);
  }

  return (
    <div className="handoff-code" role="group" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{T.codeHeading}</h3>
      <p className="handoff-warning">{T.codeWarning}</p>
      <p>{T.codeHowTo}</p>
      {code === null && <p>{T.codeLoading}</p>}
      {code?.path === null && <p>{T.codeFailed}</p>}
      {code?.path && (
        <svg
          className="handoff-qr"
          viewBox={`0 0 ${code.size} ${code.size}`}
          role="img"
          aria-label={T.codeLabel}
          shapeRendering="crispEdges"
        >
          <rect width={code.size} height={code.size} fill="#fff" />
          <path d={code.path} fill="#000" />
        </svg>
      )}
      <button type="button" className="btn" disabled={!code} onClick={() => void copyLink()}>
        {T.linkButton}
      </button>
      <p role="status">{status}</p>
      {showLink && code && (
        <label className="handoff-text">
          {T.linkLabel}
          <textarea readOnly value={code.link} rows={4} />
        </label>
      )}
    </div>
  );
}
