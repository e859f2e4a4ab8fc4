import { it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { renderToStaticMarkup } from 'react-dom/server';
import { PrintSummary } from '../../src/results/print/PrintSummary';
import { summarize } from '../../src/results/summarize';
import type { Answers } from '../../src/questions/types';
const heavy: Answers = JSON.parse(readFileSync('/tmp/p/heavy.json', 'utf8'));
it('probe', () => {
  const html = renderToStaticMarkup(
    <PrintSummary summary={summarize(heavy)} printedOn={new Date(2026, 10, 28)} />,
  );
  const css = readFileSync('src/app/print.css', 'utf8');
  writeFileSync(
    '/tmp/p/print.html',
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>${css}</style></head><body><div id="root">screen app</div><div class="print-root">${html}</div></body></html>`,
  );
});
