import type { ContentMeta } from '../questions/content/types';
import { ABOUT_PAGE } from '../questions/content/about-text';
import { CrisisLine } from '../app/CrisisLine';

/** The static "About this tool" page. Rendered to about.html at build time; it runs no script. */
export function AboutPage({ meta }: { meta: ContentMeta | undefined }) {
  const { sections } = ABOUT_PAGE;
  return (
    <div className="app">
      <CrisisLine />
      <main id="main" className="about">
        <h1>{ABOUT_PAGE.title}</h1>
        {(['what', 'who', 'sources', 'privacy', 'funding'] as const).map((key) => (
          <section key={key} aria-labelledby={`about-${key}`}>
            <h2 id={`about-${key}`}>{sections[key].heading}</h2>
            {sections[key].paragraphs.map((text) => (
              <p key={text}>{text}</p>
            ))}
            {key === 'sources' && meta ? (
              <>
                {meta.evidenceSelection ? <p>{meta.evidenceSelection}</p> : null}
                <p>
                  {sections.sources.reviewedPrefix}{' '}
                  <time dateTime={meta.lastReviewed}>{meta.lastReviewed}</time>.{' '}
                  {sections.sources.versionPrefix} {meta.version}.
                </p>
              </>
            ) : null}
            {key === 'funding' && meta?.funding ? <p>{meta.funding}</p> : null}
          </section>
        ))}
        <p className="back-link">
          <a href="/">{ABOUT_PAGE.back}</a>
        </p>
      </main>
    </div>
  );
}
