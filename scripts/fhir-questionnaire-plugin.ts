/**
 * Serves the guide's FHIR R4 Questionnaire as a static file, made from the question catalogue at
 * build time (src/handoff/fhir-questionnaire.ts): written into dist/ by `vite build`, answered by
 * the dev server. So the file always matches the catalogue and the content version it names.
 */
import type { Plugin } from 'vite';
import { QUESTIONNAIRE_FILE } from '../src/handoff/codes';
import { buildQuestionnaire } from '../src/handoff/fhir-questionnaire';

const questionnaireJson = () => `${JSON.stringify(buildQuestionnaire(), null, 2)}\n`;

export function fhirQuestionnaire(): Plugin {
  return {
    name: 'decision-aid:fhir-questionnaire',
    configureServer(server) {
      server.middlewares.use(`/${QUESTIONNAIRE_FILE}`, (_req, res) => {
        res.setHeader('Content-Type', 'application/fhir+json; charset=utf-8');
        res.end(questionnaireJson());
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: QUESTIONNAIRE_FILE, source: questionnaireJson() });
    },
  };
}
