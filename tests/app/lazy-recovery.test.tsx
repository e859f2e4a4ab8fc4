import { render, screen } from '@testing-library/react';
import { lazy, Suspense } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LoadFailed, recoverable } from '../../src/app/lazy-recovery';
import { HANDOVER_KEY } from '../../src/machine/handover';
import { useAnswersStore } from '../../src/machine/store';
import { VERSION_TEXT } from '../../src/questions/content/session-text';

const initial = useAnswersStore.getInitialState();
const Part = () => <p>the part</p>;
const failing = (): Promise<{ default: typeof Part }> =>
  Promise.reject(new TypeError('Failed to fetch dynamically imported module'));

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  sessionStorage.clear();
  useAnswersStore.setState(initial, true);
});

describe('a lazy part whose file cannot be loaded', () => {
  it('loads as usual when the file is there', async () => {
    const Lazy = lazy(recoverable(() => Promise.resolve({ default: Part })));
    render(
      <Suspense fallback={null}>
        <Lazy />
      </Suspense>,
    );
    expect(await screen.findByText('the part')).toBeTruthy();
  });

  it('online, hands the answers over and reloads the page', async () => {
    const reload = vi.fn();
    vi.stubGlobal('location', { ...window.location, reload });
    useAnswersStore.setState({ answers: { age_band: '18to64' }, step: 'about' });
    void recoverable(failing)();

    await vi.waitFor(() => expect(reload).toHaveBeenCalledTimes(1));
    expect(JSON.parse(sessionStorage.getItem(HANDOVER_KEY) ?? '{}')).toMatchObject({
      answers: { age_band: '18to64' },
      step: 'about',
    });
  });

  it('offline, says it could not load and offers to try again, without reloading', async () => {
    const reload = vi.fn();
    vi.stubGlobal('location', { ...window.location, reload });
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);

    const loaded = await recoverable(failing)();

    expect(loaded.default).toBe(LoadFailed);
    render(<LoadFailed />);
    expect(screen.getByRole('alert').textContent).toContain(VERSION_TEXT.loadFailed);
    expect(screen.getByRole('button', { name: VERSION_TEXT.tryAgain })).toBeTruthy();
    expect(reload).not.toHaveBeenCalled();
  });
});
