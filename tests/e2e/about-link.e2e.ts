/**
 * The About page from the app and back: the footer link on the first screen and on later
 * screens, the way back, and no answer lost on the way.
 */
import { describe, expect, it } from 'vitest';
import { getQuestion, getSection } from '../../src/questions/catalog';
import { ABOUT_PAGE } from '../../src/questions/content/about-text';
import { FIRST_SCREEN, FOOTER } from '../../src/questions/content/app-text';
import { CLINICIAN_TEXT } from '../../src/questions/content/clinician-text';
import { NAV } from '../../src/questions/content/ui-text';
import { checkA11y, setupBrowser, waitForApp } from './harness';
import { goOn } from './journey';

const app = setupBrowser();

describe('the About page, reached from the app', () => {
  it('opens from a question screen, passes axe, and leads back to the same screen', async () => {
    const page = await app.open('/', { viewport: { width: 320, height: 800 } });
    await goOn(page, FIRST_SCREEN.start);
    await page.locator('input[name="q-age_band"][value="18to64"]').check();
    await goOn(page, NAV.next);
    const severity = getSection('severity').title;
    expect(await page.locator('main h1').textContent()).toBe(severity);

    await page.getByRole('contentinfo').getByRole('link', { name: FOOTER.aboutLink }).click();
    await page.getByRole('heading', { level: 1, name: ABOUT_PAGE.title }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/about.html');
    await checkA11y(page, 'About page reached from the app');

    await page.getByRole('link', { name: ABOUT_PAGE.back }).first().click();
    await page.waitForURL((url) => url.pathname === '/');
    await waitForApp(page);
    await page.getByRole('heading', { level: 1, name: severity }).waitFor();
    await checkA11y(page, 'back in the app');
    await page.getByRole('button', { name: NAV.back, exact: true }).click();
    expect(await page.locator('input[name="q-age_band"][value="18to64"]').isChecked()).toBe(true);
    expect(app.problems()).toEqual([]);
  }, 60_000);

  it('leads from the first screen to the About page and back to the first screen', async () => {
    const page = await app.open('/');

    await page.getByRole('link', { name: FOOTER.aboutLink }).click();
    await page.getByRole('heading', { level: 1, name: ABOUT_PAGE.title }).waitFor();
    await page.getByRole('contentinfo').getByRole('link', { name: ABOUT_PAGE.back }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await waitForApp(page);

    await page.getByRole('heading', { level: 1, name: FIRST_SCREEN.title }).waitFor();
    expect(app.problems()).toEqual([]);
  });

  it('opens in a new tab with saving off (clinician mode), so the answers stay in the first', async () => {
    const page = await app.open('/?mode=clinician', { viewport: { width: 1280, height: 900 } });
    await page.getByRole('heading', { level: 1, name: CLINICIAN_TEXT.title }).waitFor();
    const avm = page
      .getByRole('group', { name: getQuestion('cx_avm').text })
      .getByRole('radio', { name: 'Yes', exact: true });
    await avm.check();

    const [about] = await Promise.all([
      app.context.waitForEvent('page'),
      page.getByRole('link', { name: `${FOOTER.aboutLink} ${FOOTER.newTab}` }).click(),
    ]);
    await about.getByRole('heading', { level: 1, name: ABOUT_PAGE.title }).waitFor();
    await about.close();

    expect(new URL(page.url()).search).toBe('?mode=clinician');
    expect(await avm.isChecked()).toBe(true);
    expect(app.problems()).toEqual([]);
  });
});
