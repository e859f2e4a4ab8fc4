import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { useAnswersStore } from '../../src/machine/store';
import { getQuestion, getSection } from '../../src/questions/catalog';
import { FIRST_SCREEN, FOOTER } from '../../src/questions/content/app-text';
import { CLINICIAN_TEXT } from '../../src/questions/content/clinician-text';
import { NAV, SAVING } from '../../src/questions/content/ui-text';

const initialState = useAnswersStore.getInitialState();

function adultLabel(): string {
  const q = getQuestion('age_band');
  const option = q.type === 'number' ? undefined : q.options.find((o) => o.code === '18to64');
  if (!option) throw new Error('no adult option in age_band');
  return option.label;
}

function openApp(path = '/') {
  window.history.replaceState(null, '', path);
  useAnswersStore.setState(initialState, true);
  const user = userEvent.setup({ delay: null });
  render(<App />);
  return user;
}

/** The "About this guide" link in the page footer (the contentinfo landmark). */
function aboutLink(): HTMLElement {
  return within(screen.getByRole('contentinfo')).getByRole('link', {
    name: new RegExp(`^${FOOTER.aboutLink}`),
  });
}

afterEach(() => {
  cleanup(); // unmount before the store is reset, so the reset renders nothing
  window.history.replaceState(null, '', '/');
  useAnswersStore.setState(initialState, true);
});

describe('the footer link to the About page', () => {
  it('is on the first screen, as a link relative to the page (works under any base path)', () => {
    openApp();
    expect(screen.getByRole('heading', { level: 1, name: FIRST_SCREEN.title })).toBeTruthy();

    const link = aboutLink();
    expect(link.textContent).toBe(FOOTER.aboutLink);
    expect(link.getAttribute('href')).toBe('about.html');
    expect(link.getAttribute('target')).toBeNull();
  });

  it('is still there on a question screen after Start', async () => {
    const user = openApp();
    await user.click(screen.getByRole('button', { name: FIRST_SCREEN.start }));
    await user.click(within(screen.getByRole('main')).getByRole('radio', { name: adultLabel() }));
    await user.click(screen.getByRole('button', { name: NAV.next }));

    expect(
      screen.getByRole('heading', { level: 1, name: getSection('severity').title }),
    ).toBeTruthy();
    expect(aboutLink().getAttribute('href')).toBe('about.html');
  });

  it('opens in a new tab, and says so, once saving is off (leaving would lose the answers)', async () => {
    const user = openApp();
    await user.click(screen.getByRole('switch', { name: SAVING.switchLabel }));

    const link = aboutLink();
    expect(link.textContent).toBe(`${FOOTER.aboutLink} ${FOOTER.newTab}`);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener');
  });

  it('is in clinician mode too, opening in a new tab as saving is off there', async () => {
    openApp('/?mode=clinician');
    await screen.findByRole(
      'heading',
      { level: 1, name: CLINICIAN_TEXT.title },
      { timeout: 10_000 },
    );

    const link = aboutLink();
    expect(link.getAttribute('href')).toBe('about.html');
    expect(link.getAttribute('target')).toBe('_blank');
  });

  it('sits in the only footer of the page, after the saving controls', () => {
    openApp();
    const footer = screen.getByRole('contentinfo');

    expect(screen.getAllByRole('contentinfo')).toHaveLength(1);
    expect(within(footer).getByRole('switch', { name: SAVING.switchLabel })).toBeTruthy();
  });
});
