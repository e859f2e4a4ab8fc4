import { REFERENCES } from '../../src/questions/content/references';
import type { Reference } from '../../src/questions/content/types';

const byId = new Map(REFERENCES.map((r) => [r.id, r]));

/** The reference with this id, or `undefined` when the register has no such source. */
export function getReference(id: string): Reference | undefined {
  return byId.get(id);
}
