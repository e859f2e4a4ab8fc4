import { describe, expect, it } from 'vitest';
import { REFERENCES, referenceText } from '../../src/questions/content/references';
import { getReference } from './reference-lookup';
import type { Reference } from '../../src/questions/content/types';
import { shortReference } from '../../src/results/print/format';

/** The same four-digit year twice with nothing but punctuation and spaces between. */
const YEAR_TWICE = /\b(\d{4})\b[^A-Za-z0-9]*\b\1\b/;

function ref(id: string): Reference {
  const found = getReference(id);
  if (!found) throw new Error(`no ${id}`);
  return found;
}

describe('a reference as a line of text', () => {
  it.each(REFERENCES.map((r) => [r.id, r] as const))(
    'writes %s with no double full stop and no year twice in a row',
    (_id, r) => {
      for (const text of [referenceText(r), shortReference(r)]) {
        expect(text).not.toContain('..');
        expect(text).not.toMatch(YEAR_TWICE);
      }
    },
  );

  it('adds no full stop after "et al." or "n.d."', () => {
    expect(referenceText(ref('S53'))).toBe(
      'Short B, et al. Side-effects associated with ketamine use in depression: a systematic review. Lancet Psychiatry 5:65-78. 2018. doi:10.1016/S2215-0366(17)30272-9.',
    );
    expect(referenceText(ref('S5'))).toMatch(/settings\]\. n\.d\.$/);
  });

  it('leaves out the year when the title already ends with it', () => {
    expect(referenceText(ref('S106'))).toBe(
      'WebMD. [988 Suicide & Crisis Lifeline overview], 7 July 2022.',
    );
    expect(referenceText(ref('S2'))).toBe(
      'Janssen Pharmaceuticals. SPRAVATO Prescribing Information (revised 03/2019).',
    );
  });

  it('keeps a question mark at the end of a title without adding a full stop', () => {
    expect(referenceText(ref('S84'))).toBe(
      'The Carlat Psychiatry Report. TMS is approved. Now what? n.d.',
    );
  });
});

/** Hosts that pass other sites' pages through (proxies) or hold uploaded copies of documents. */
const COPY_HOSTS = [
  'melakarnets.com',
  'scribd.com',
  'vdocuments.pub',
  'studylib.net',
  'fdokumen.com',
  'documentine.com',
  'joomag.com',
  'zendy.io',
  'distantreader.org',
  'medilib.ir',
  'uptodatefree.ir',
  'techsciencenews.com',
  'therandomtandem.com',
];

/** What is wrong with a reference's address, or null when nothing is. */
function addressProblem(r: Pick<Reference, 'url' | 'doi'>): string | null {
  if (!r.url) return r.doi ? null : 'has neither a URL nor a DOI';
  let url: URL;
  try {
    url = new URL(r.url);
  } catch {
    return 'has a URL that does not parse';
  }
  const host = url.hostname.replace(/^www\./, '');
  if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(host) || host.startsWith('['))
    return 'is at a bare IP address';
  if (COPY_HOSTS.some((h) => host === h || host.endsWith(`.${h}`))) return `is on ${host}`;
  if (/\/proxy\b/i.test(url.pathname)) return 'goes through a proxy';
  const unnamedPath = /^\/(?:index[-_]?\d*\.html?)?$/i.test(url.pathname);
  const numberOnlyQuery = url.search === '' || /^\?[a-z]=\d+$/i.test(url.search);
  if (unnamedPath && numberOnlyQuery && (url.search !== '' || /\d/.test(url.pathname))) {
    return 'is a page whose address does not say what it is';
  }
  return null;
}

describe('the address of a reference', () => {
  it.each(REFERENCES.map((r) => [r.id, r] as const))(
    '%s links to a page a clinician can trust, or gives a DOI',
    (_id, r) => {
      expect(addressProblem(r)).toBeNull();
    },
  );

  it.each([
    ['a bare IP address', { url: 'http://47.251.13.51:8081/40601310' }],
    [
      'a proxy',
      {
        url: 'https://melakarnets.com/proxy/index.php?q=https%3A%2F%2Fwww.scribd.com%2Fdocument%2F1',
      },
    ],
    ['a document-sharing host', { url: 'https://studylib.net/doc/25788761/kroenke2001' }],
    ['a page named only by a number', { url: 'https://wcmedicine.com/?p=441' }],
    ['a mirror page named only by a number', { url: 'http://butalbitalapap.org/index-4966.html' }],
    ['no URL and no DOI', {}],
  ] as const)('finds fault with %s', (_what, r) => {
    expect(addressProblem(r)).not.toBeNull();
  });

  it.each([
    ['PubMed', { url: 'https://pubmed.ncbi.nlm.nih.gov/40601310/' }],
    ['a DOI alone', { doi: '10.1001/jamapsychiatry.2025.1317' }],
    ['a site home page', { url: 'https://www.dbsalliance.org/' }],
    [
      'DailyMed',
      {
        url: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=46dab560-8ecd-4d92-8c92-6baa2310b09b',
      },
    ],
  ] as const)('accepts %s', (_what, r) => {
    expect(addressProblem(r)).toBeNull();
  });
});
