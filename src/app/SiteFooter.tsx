import type { ReactNode } from 'react';
import { FOOTER } from '../questions/content/app-text';
import { usePreferences } from '../machine/store';

/** The About page, relative to the app's page, so it works under any base path. */
export const ABOUT_HREF = 'about.html';

/**
 * The footer of every screen: what the screen puts there (the saving controls), then the link to
 * the About page. With saving off, leaving the page would lose the answers, so the link then
 * opens in a new tab and says so.
 */
export function SiteFooter({ children }: { readonly children?: ReactNode }) {
  const { saving } = usePreferences();
  return (
    <footer className="site-footer">
      {children}
      <p className="about-link">
        {saving ? (
          <a href={ABOUT_HREF}>{FOOTER.aboutLink}</a>
        ) : (
          <a href={ABOUT_HREF} target="_blank" rel="noopener">
            {FOOTER.aboutLink} {FOOTER.newTab}
          </a>
        )}
      </p>
    </footer>
  );
}
