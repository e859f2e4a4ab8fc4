/**
 * Build-time rendering (see scripts/prerender-plugin.ts): the first screen a new visitor sees and
 * the static About page, as HTML, so they paint before any script runs. main.tsx then hydrates
 * the first screen. Never shipped to the browser.
 */
import { StrictMode } from 'react';
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { App } from './app/App';
import { AboutPage } from './about/AboutPage';
import { ABOUT_PAGE } from './questions/content/about-text';
import { CONTENT_META } from './questions/content/meta';
import { REFERENCES } from './questions/content/references';

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
    html: renderToStaticMarkup(<AboutPage meta={CONTENT_META} references={REFERENCES} />),
    title: ABOUT_PAGE.documentTitle,
    description: ABOUT_PAGE.description,
  };
}
