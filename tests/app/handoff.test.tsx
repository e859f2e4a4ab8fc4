import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HandOffActions } from '../../src/app/handoff/HandOffActions';
import { HandOffCheck } from '../../src/app/handoff/HandOffCheck';
import { qrPath } from '../../src/app/handoff/qr-path';
import { chartNote } from '../../src/handoff/chart-note';
import { encodeHandOff } from '../../src/handoff/link';
import { useAnswersStore } from '../../src/machine/store';
import { HANDOFF_OPEN_TEXT, HANDOFF_TEXT } from '../../src/questions/content/handoff-text';
import type { Answers } from '../../src/questions/types';
import { summarize } from '../../src/results/summarize';

const initialState = useAnswersStore.getInitialState();
const MINE: Answers = { age_band: '65plus', needles: 'avoid' };
const THEIRS: Answers = { age_band: '18to64', phq9_1: 2, cx_aneurysm: 'yes', v_no_needles: 3 };

afterEach(() => {
  useAnswersStore.setState(initialState, true);
  window.history.replaceState(null, '', '/');
  vi.restoreAllMocks();
});

async function openWithLink(fragment: string) {
  useAnswersStore.setState({ ...initialState, answers: MINE }, true);
  window.history.replaceState(null, '', `/${fragment}`);
  render(<HandOffCheck />);
}

describe('opening a hand-off link', () => {
  it('takes the answers out of the address bar at once, then asks before replacing any', async () => {
    await openWithLink(await encodeHandOff(THEIRS));
    const heading = await screen.findByRole('heading', { name: HANDOFF_OPEN_TEXT.heading });
    expect(window.location.hash).toBe('');
    expect(window.location.href).not.toContain('#');
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByText(HANDOFF_OPEN_TEXT.body(4))).toBeTruthy();
    expect(useAnswersStore.getState().answers).toEqual(MINE);

    await userEvent.click(screen.getByRole('button', { name: HANDOFF_OPEN_TEXT.open }));
    expect(useAnswersStore.getState().answers).toEqual(THEIRS);
    expect(useAnswersStore.getState().step).toBe('summary');
    expect(screen.queryByRole('heading', { name: HANDOFF_OPEN_TEXT.heading })).toBeNull();
  });

  it('keeps the answers on this device when the person says so', async () => {
    await openWithLink(await encodeHandOff(THEIRS));
    await userEvent.click(await screen.findByRole('button', { name: HANDOFF_OPEN_TEXT.keep }));
    expect(useAnswersStore.getState().answers).toEqual(MINE);
    expect(window.location.hash).toBe('');
    expect(screen.queryByRole('heading', { name: HANDOFF_OPEN_TEXT.heading })).toBeNull();
  });

  it('says a damaged link cannot be opened, and changes nothing', async () => {
    const fragment = await encodeHandOff(THEIRS);
    await openWithLink(fragment.slice(0, -10));
    await screen.findByRole('heading', { name: HANDOFF_OPEN_TEXT.refusedHeading });
    expect(screen.getByText(`${HANDOFF_OPEN_TEXT.broken} Nothing was changed.`)).toBeTruthy();
    expect(window.location.hash).toBe('');
    expect(useAnswersStore.getState().answers).toEqual(MINE);
  });

  it('does nothing for an ordinary fragment', async () => {
    await openWithLink('#main');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('heading')).toBeNull();
    expect(window.location.hash).toBe('#main');
  });
});

describe('copying the note for the chart', () => {
  function clipboard(writeText: (text: string) => Promise<void>) {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  }

  it('copies the note made from the summary and says so', async () => {
    const writeText = vi.fn(async () => {});
    clipboard(writeText);
    render(<HandOffActions answers={THEIRS} />);
    await userEvent.click(screen.getByRole('button', { name: HANDOFF_TEXT.noteButton }));
    await screen.findByText(HANDOFF_TEXT.noteCopied);
    const today = new Date().toLocaleDateString('en-CA');
    expect(writeText).toHaveBeenCalledWith(chartNote(summarize(THEIRS), THEIRS, today));
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('shows the note to copy by hand when the browser refuses the clipboard', async () => {
    clipboard(async () => {
      throw new Error('denied');
    });
    render(<HandOffActions answers={THEIRS} />);
    await userEvent.click(screen.getByRole('button', { name: HANDOFF_TEXT.noteButton }));
    await screen.findByText(HANDOFF_TEXT.noteFailed);
    const box = screen.getByRole('textbox', {
      name: HANDOFF_TEXT.noteLabel,
    }) as HTMLTextAreaElement;
    expect(box.value).toContain('PHQ-9: 1 of 9 items answered');
  });
});

describe('the QR code drawing', () => {
  it('draws one square per dark module, shifted by the quiet zone', () => {
    const dark = new Set(['0,0', '2,1']);
    const path = qrPath({ size: 3, get: (x, y) => dark.has(`${x},${y}`) }, 4);
    expect(path).toBe('M4 4h1v1h-1zM6 5h1v1h-1z');
  });
});
