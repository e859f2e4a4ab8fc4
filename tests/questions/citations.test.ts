import { describe, expect, it } from 'vitest';
import {
  DIFFERENT_STUDIES_NOTE,
  EVIDENCE,
  EVIDENCE_CAVEATS,
  NO_HEAD_TO_HEAD,
} from '../../src/questions/content/evidence';
import { GLOSSARY } from '../../src/questions/content/glossary';
import { OPTION_FACTS } from '../../src/questions/content/options';
import { OTHER_OPTIONS, OTHER_OPTIONS_INTRO } from '../../src/questions/content/other-options';
import { REFERENCES } from '../../src/questions/content/references';
import { getReference } from './reference-lookup';
import type { OptionFieldKey } from '../../src/questions/content/types';
import { allCitations } from './content-walk';

/** Every statement of our own content, with what it cites. */
const ownStatements: { where: string; sources: readonly string[] }[] = [
  ...OPTION_FACTS.flatMap((o) =>
    (Object.keys(o.fields) as OptionFieldKey[]).flatMap((k) =>
      o.fields[k].map((c, i) => ({ where: `${o.id}.${k}[${i}]`, sources: c.sources })),
    ),
  ),
  ...EVIDENCE.map((e) => ({ where: `evidence ${e.id}`, sources: e.sources })),
  { where: 'NO_HEAD_TO_HEAD', sources: NO_HEAD_TO_HEAD.sources },
  { where: 'DIFFERENT_STUDIES_NOTE', sources: DIFFERENT_STUDIES_NOTE.sources },
  ...EVIDENCE_CAVEATS.map((c, i) => ({ where: `caveat ${i}`, sources: c.sources })),
  { where: 'OTHER_OPTIONS_INTRO', sources: OTHER_OPTIONS_INTRO.sources },
  ...OTHER_OPTIONS.map((o) => ({ where: `other option ${o.id}`, sources: o.text.sources })),
  ...GLOSSARY.map((g) => ({ where: `glossary ${g.term}`, sources: g.sources })),
];

const citations = allCitations();
const citedIds = new Set(citations.flatMap((c) => c.ids));

describe('every fact shows where it comes from', () => {
  it.each(ownStatements.map((s) => [s.where, s] as const))(
    '%s cites at least one source, each in the register',
    (_where, s) => {
      expect(s.sources.length).toBeGreaterThan(0);
      for (const id of s.sources)
        expect(getReference(id), `${id} is not in the register`).toBeDefined();
    },
  );

  it('finds citations in every content module that cites, including the summary texts', () => {
    const modules = new Set(citations.map((c) => c.where.split('.')[0]));
    for (const m of ['options', 'evidence', 'other-options', 'glossary'])
      expect(modules).toContain(m);
  });

  it('finds every source id cited anywhere in the content in the register', () => {
    const missing = [...citedIds].filter((id) => getReference(id) === undefined);
    expect(missing).toEqual([]);
  });

  it('cites every source in the register at least once', () => {
    expect(REFERENCES.map((r) => r.id).filter((id) => !citedIds.has(id))).toEqual([]);
  });
});

describe('the register', () => {
  it('lists each source once', () => {
    const ids = REFERENCES.map((r) => r.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it.each(REFERENCES.map((r) => [r.id, r] as const))(
    'gives %s its authors or publisher, a title, a year, and a web address or DOI where one was recorded',
    (_id, r) => {
      expect(r.authors.trim()).not.toBe('');
      expect(r.title.trim()).not.toBe('');
      expect(r.year).toMatch(/^(?:\d{4}|n\.d\.)$/);
      if (r.url) expect(r.url).toMatch(/^https?:\/\//);
      if (r.doi) expect(r.doi).toMatch(/^10\.\d{4,}\//);
      expect(r.url ?? r.doi).toBeTruthy();
    },
  );

  it.each([
    ['S31', '10.1176/appi.ajp.2019.19020172'],
    ['S47', '10.1001/jamapsychiatry.2017.0080'],
    ['S63', '10.1056/NEJMoa2304145'],
  ])('does not show the DOI of %s, which was never read in the source', (id, doi) => {
    expect(getReference(id)?.doi).not.toBe(doi);
  });
});
