import type { ContentMeta, Reference } from '../questions/content/types';
import { ABOUT_PAGE } from '../questions/content/about-text';
import { referenceText } from '../questions/content/references';
import { CrisisLine } from '../app/CrisisLine';

/** The guide, relative to this page, so it works under any base path. */
export const GUIDE_HREF = './';

interface Props {
  readonly meta: ContentMeta;
  readonly references: readonly Reference[];
}

function SourceList({ references }: { readonly references: readonly Reference[] }) {
  return (
    <ol className="source-list">
      {references.map((ref) => (
        <li key={ref.id} id={`source-${ref.id}`}>
          <strong>{ref.id}</strong> {referenceText(ref)}
          {ref.url ? (
            <>
              {' '}
              <a href={ref.url} rel="noreferrer">
                {ref.url}
              </a>
            </>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

/**
 * The static "About this guide" page, with a link back to the guide at its top and bottom.
 * Rendered to about.html at build time; no app script.
 */
export function AboutPage({ meta, references }: Props) {
  const { sections } = ABOUT_PAGE;
  return (
    <div className="app">
      <CrisisLine />
      <main id="main" className="about">
        <p className="back-link">
          <a href={GUIDE_HREF}>{ABOUT_PAGE.back}</a>
        </p>
        <h1>{ABOUT_PAGE.title}</h1>
        {(['what', 'who', 'privacy', 'funding', 'sources'] as const).map((key) => (
          <section key={key} aria-labelledby={`about-${key}`}>
            <h2 id={`about-${key}`}>{sections[key].heading}</h2>
            {sections[key].paragraphs.map((text) => (
              <p key={text}>{text}</p>
            ))}
            {key === 'funding' ? <p>{meta.funding}</p> : null}
            {key === 'sources' ? (
              <>
                <p>{meta.evidenceSelection}</p>
                <p>
                  {sections.sources.reviewed(meta.lastReviewed)}{' '}
                  {sections.sources.version(meta.version)}
                </p>
                <p>{meta.updatePolicy}</p>
                <h3>{sections.sources.listHeading}</h3>
                <SourceList references={references} />
              </>
            ) : null}
          </section>
        ))}
      </main>
      <footer className="site-footer">
        <p className="back-link">
          <a href={GUIDE_HREF}>{ABOUT_PAGE.back}</a>
        </p>
      </footer>
    </div>
  );
}
