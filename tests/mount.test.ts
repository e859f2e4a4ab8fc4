import { afterEach, describe, expect, it, vi } from 'vitest';
import { seesPrerenderedScreen } from '../src/mount';
import { useAnswersStore } from '../src/machine/store';

const initial = useAnswersStore.getInitialState();

describe('whether a visitor sees the pre-rendered first screen (and so it can be hydrated)', () => {
  afterEach(() => {
    useAnswersStore.setState(initial, true);
    localStorage.clear();
  });

  it('is true for a visitor with nothing saved', () => {
    expect(seesPrerenderedScreen()).toBe(true);
  });

  it('is false once an answer or a step has been saved', () => {
    useAnswersStore.getState().recordProgress({ age_band: '18to64' }, 'about', 'about');

    expect(seesPrerenderedScreen()).toBe(false);
  });

  it('is false with large text turned on, which changes the markup', () => {
    useAnswersStore.getState().setLargeText(true);

    expect(seesPrerenderedScreen()).toBe(false);
  });

  it('is false when storage cannot be written or holds a newer version (the footer says so)', () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    useAnswersStore.setState({ health: { failing: true, newerSaved: false, paused: false } });
    expect(seesPrerenderedScreen()).toBe(false);
    setItem.mockRestore();
    useAnswersStore.setState({ health: { failing: false, newerSaved: true, paused: false } });
    expect(seesPrerenderedScreen()).toBe(false);
  });

  it('is false when saved data could not be read back (a notice is shown)', () => {
    useAnswersStore.setState({ loadNotice: { unreadable: true, dropped: [], unknownCount: 0 } });

    expect(seesPrerenderedScreen()).toBe(false);
  });
});
