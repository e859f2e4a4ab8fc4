import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AnswerFileActions } from '../../src/app/answer-file/AnswerFileActions';
import { SessionNotices } from '../../src/app/SessionNotices';
import { useAnswersStore } from '../../src/machine/store';
import { serializeAnswers } from '../../src/questions/answer-file';
import { ANSWER_FILE_TEXT } from '../../src/questions/content/answer-file-text';
import { OPEN_FILE_TEXT } from '../../src/questions/content/session-text';
import type { Answers } from '../../src/questions/types';
import { file, hostileFile } from '../questions/answer-file-arbitraries';

const CURRENT: Answers = { age_band: '18to64', phq9_9: 1, travel_minutes: 45, cx_meds: ['opioid'] };

const initialState = useAnswersStore.getInitialState();

/** The actions wired to the app's store, as on the summary and review screens, with a readout. */
function Harness() {
  const answers = useAnswersStore((s) => s.answers);
  return (
    <>
      <SessionNotices />
      <output aria-label="answers now">{JSON.stringify(answers)}</output>
      <AnswerFileActions
        answers={answers}
        onOpen={(opened) => useAnswersStore.getState().applyImportedAnswers(opened)}
      />
    </>
  );
}

function renderWith(initial: Answers) {
  useAnswersStore.setState({ ...initialState, answers: initial }, true);
  return render(<Harness />);
}

/** What the person would see, checked against what the store holds. */
function answersShown(): Answers {
  expect(screen.getByRole('status', { name: 'answers now' }).textContent).toBe(
    JSON.stringify(useAnswersStore.getState().answers),
  );
  return JSON.parse(
    screen.getByRole('status', { name: 'answers now' }).textContent ?? '',
  ) as Answers;
}

function jsonFile(text: string): File {
  return new File([text], 'answers.json', { type: 'application/json' });
}

afterEach(() => {
  vi.restoreAllMocks();
  useAnswersStore.setState(initialState, true);
});

describe('answer file actions', () => {
  it('downloads the answers as a JSON file made on the device', async () => {
    const user = userEvent.setup();
    let saved: Blob | undefined;
    const create = vi.fn((blob: Blob) => {
      saved = blob;
      return 'blob:answers';
    });
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      expect(this.download).toBe(ANSWER_FILE_TEXT.fileName);
      expect(this.href).toBe('blob:answers');
    });
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    renderWith(CURRENT);

    await user.click(screen.getByRole('button', { name: ANSWER_FILE_TEXT.download }));

    expect(click).toHaveBeenCalledTimes(1);
    expect(await saved?.text()).toBe(serializeAnswers(CURRENT));
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(document.querySelector('a[download]')).toBeNull();
  });

  it('asks before replacing the answers with those in a good file, then says how many were opened', async () => {
    const user = userEvent.setup();
    renderWith(CURRENT);
    const opened: Answers = { age_band: '65plus', v_evidence: 3 };

    await user.upload(
      screen.getByLabelText(ANSWER_FILE_TEXT.open),
      jsonFile(serializeAnswers(opened)),
    );
    const confirm = await screen.findByRole('group', { name: OPEN_FILE_TEXT.replace(4) });
    expect(answersShown()).toEqual(CURRENT);
    await user.click(within(confirm).getByRole('button', { name: OPEN_FILE_TEXT.replaceYes }));

    await waitFor(() => expect(answersShown()).toEqual(opened));
    expect(await screen.findByText(OPEN_FILE_TEXT.opened(2))).toBeTruthy();
    expect(screen.getByText('Opened 2 answers from the file.')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe('');
  });

  it('keeps the answers when the person says no to replacing them', async () => {
    const user = userEvent.setup();
    renderWith(CURRENT);

    await user.upload(
      screen.getByLabelText(ANSWER_FILE_TEXT.open),
      jsonFile(serializeAnswers({ age_band: '65plus' })),
    );
    await user.click(await screen.findByRole('button', { name: OPEN_FILE_TEXT.replaceNo }));

    expect(screen.getByText(OPEN_FILE_TEXT.keptAnswers)).toBeTruthy();
    expect(answersShown()).toEqual(CURRENT);
    expect(screen.queryByText(OPEN_FILE_TEXT.opened(1))).toBeNull();
  });

  it('opens without asking when there are no answers yet', async () => {
    const user = userEvent.setup();
    renderWith({});

    await user.upload(
      screen.getByLabelText(ANSWER_FILE_TEXT.open),
      jsonFile(serializeAnswers({ age_band: '65plus' })),
    );

    await waitFor(() => expect(answersShown()).toEqual({ age_band: '65plus' }));
    expect(screen.queryByRole('group')).toBeNull();
    expect(screen.getByText('Opened 1 answer from the file.')).toBeTruthy();
  });

  it('refuses a file with no answers in it, and keeps the answers', async () => {
    const user = userEvent.setup();
    renderWith(CURRENT);

    await user.upload(screen.getByLabelText(ANSWER_FILE_TEXT.open), jsonFile(file({})));

    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'This file has no answers in it. Nothing was changed.',
      ),
    );
    expect(answersShown()).toEqual(CURRENT);
  });

  it('shows an unknown id without the bidirectional characters that could reorder the message', async () => {
    const user = userEvent.setup();
    renderWith(CURRENT);

    await user.upload(
      screen.getByLabelText(ANSWER_FILE_TEXT.open),
      jsonFile(file({ '\u202egnp.exe\u202c\u200b': 1 })),
    );

    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'This file has answers we do not recognise: "gnp.exe". Nothing was changed.',
      ),
    );
  });

  it('refuses a file with an unknown id, says which, and keeps the answers', async () => {
    const user = userEvent.setup();
    renderWith(CURRENT);

    await user.upload(
      screen.getByLabelText(ANSWER_FILE_TEXT.open),
      jsonFile(file({ age_band: '65plus', foo: 1 })),
    );

    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'This file has answers we do not recognise: "foo". Nothing was changed.',
      ),
    );
    expect(answersShown()).toEqual(CURRENT);
  });

  it('refuses a file over 1 MB without reading it', async () => {
    const user = userEvent.setup();
    renderWith(CURRENT);
    const big = jsonFile(' '.repeat(1_000_001));
    const read = vi.spyOn(big, 'text');

    await user.upload(screen.getByLabelText(ANSWER_FILE_TEXT.open), big);

    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/too big/));
    expect(read).not.toHaveBeenCalled();
    expect(answersShown()).toEqual(CURRENT);
  });

  it('refuses 200 generated broken or hostile files, each with a message, keeping the answers', async () => {
    let run = 0;

    await fc.assert(
      fc.asyncProperty(hostileFile, async (text) => {
        run += 1;
        const view = renderWith(CURRENT);
        const input = screen.getByLabelText(ANSWER_FILE_TEXT.open);
        fireEvent.change(input, { target: { files: [jsonFile(text)] } });
        await waitFor(() =>
          expect(screen.getByRole('alert').textContent).toMatch(/^[A-Z].* Nothing was changed\.$/),
        );
        expect(answersShown()).toEqual(CURRENT);
        view.unmount();
      }),
      { numRuns: 200 },
    );
    expect(run).toBeGreaterThanOrEqual(200);
  });
});

describe('the brief answer file actions, as in the row of actions on the summary', () => {
  it('shows the download button and the open field without the heading, intro or hint', () => {
    render(<AnswerFileActions brief answers={CURRENT} onOpen={() => {}} />);

    expect(screen.getByRole('region', { name: ANSWER_FILE_TEXT.heading })).toBeTruthy();
    expect(screen.queryByRole('heading')).toBeNull();
    expect(screen.queryByText(ANSWER_FILE_TEXT.intro)).toBeNull();
    expect(screen.queryByText(ANSWER_FILE_TEXT.openHint)).toBeNull();
    expect(screen.getByRole('button', { name: ANSWER_FILE_TEXT.download })).toBeTruthy();
    expect(screen.getByLabelText(ANSWER_FILE_TEXT.open).getAttribute('type')).toBe('file');
  });
});
