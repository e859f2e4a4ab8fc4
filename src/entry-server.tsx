/**
 * Build-time rendering (see scripts/prerender-plugin.ts): the first screen a new visitor sees and
 * the static About page, as HTML, so they paint before any script runs. main.tsx then hydrates
 * the first screen. Never shipped to the browser.
 */
import { StrictMode } from 'react';
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { App } from './app/App';
import { AboutPage } from './about/AboutPage';
import type { ContentMeta } from './questions/content/types';
import { ABOUT_PAGE } from './questions/content/about-text';

// The content meta file may not exist yet in every checkout; glob finds it when it does.
const metaModules = import.meta.glob<{ CONTENT_META?: ContentMeta }>(
  './questions/content/meta.ts',
  { eager: true },
);
const meta = Object.values(metaModules)[0]?.CONTENT_META;

export interface RenderedPage {
  readonly html: string;
  readonly title?: string;
  readonly description?: string;
}

/** What <App/> renders for a visitor with nothing saved (the intro step). Hydrated in main.tsx. */
export function renderApp(): RenderedPage {
  return {
    html: renderToString(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  };
}

/** The About page: static markup, no hydration. */
export function renderAbout(): RenderedPage {
  return {
    html: renderToStaticMarkup(<AboutPage meta={meta} />),
    title: ABOUT_PAGE.documentTitle,
    description: ABOUT_PAGE.description,
  };
}
