import type { ComponentProps } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { getQuestion } from '../../src/questions/catalog';
import type { Question } from '../../src/questions/types';
import { CheckboxGroup } from '../../src/ui/CheckboxGroup';
import { RadioGroup } from '../../src/ui/RadioGroup';

function choiceQuestion(id: 'nasal' | 'cx_meds') {
  const q: Question = getQuestion(id);
  if (q.type !== 'single' && q.type !== 'multi') throw new Error(`${id} has no options`);
  return q;
}

const nasal = choiceQuestion('nasal');
const meds = choiceQuestion('cx_meds');

function showRadios(props: Partial<ComponentProps<typeof RadioGroup>> = {}) {
  render(
    <RadioGroup
      name="q-nasal"
      legend={nasal.text}
      options={nasal.options}
      value={undefined}
      onChange={() => {}}
      {...props}
    />,
  );
}

function showCheckboxes(props: Partial<ComponentProps<typeof CheckboxGroup>> = {}) {
  render(
    <CheckboxGroup
      name="q-cx_meds"
      legend={meds.text}
      options={meds.options}
      value={[]}
      onToggle={() => {}}
      {...props}
    />,
  );
}

/** Each kind of group with a catalogue question that has options with and without a hint. */
const GROUPS = [
  {
    kind: 'radio group',
    role: 'radio',
    question: nasal,
    show: () => showRadios(),
  },
  {
    kind: 'checkbox group',
    role: 'checkbox',
    question: meds,
    show: () => showCheckboxes(),
  },
] as const;

describe.each(GROUPS)('a $kind', ({ role, question, show }) => {
  it('shows one input per option, named by its label, with its hint as the description', () => {
    show();
    expect(screen.getByRole('group', { name: question.text })).toBeTruthy();
    const inputs = screen.getAllByRole<HTMLInputElement>(role);
    expect(inputs.map((input) => input.value)).toEqual(question.options.map((o) => o.code));
    expect(new Set(inputs.map((input) => input.name))).toEqual(new Set([`q-${question.id}`]));
    for (const option of question.options) {
      const input = screen.getByRole(role, { name: option.label });
      if (option.hint) {
        expect(input.getAttribute('aria-describedby')).toBe(`q-${question.id}-${option.code}-hint`);
        expect(screen.getByRole(role, { description: option.hint })).toBe(input);
      } else {
        expect(input.hasAttribute('aria-describedby')).toBe(false);
      }
    }
  });
});

describe('a radio group', () => {
  it('checks the option whose code is the value and reports the code of the one chosen', async () => {
    const onChange = vi.fn();
    const [first, second] = nasal.options;
    showRadios({ value: first!.code, onChange });
    const radios = screen.getAllByRole<HTMLInputElement>('radio');
    expect(radios.map((r) => r.checked)).toEqual(nasal.options.map((o) => o === first));
    await userEvent.click(screen.getByRole('radio', { name: second!.label }));
    expect(onChange).toHaveBeenCalledExactlyOnceWith(second!.code);
  });

  it('shows an error under the legend and describes the group with it', () => {
    const reason = getQuestion('age_band').requiredReason!;
    showRadios({ error: reason });
    expect(screen.getByRole('group', { name: nasal.text, description: reason })).toBeTruthy();
  });
});

describe('a checkbox group', () => {
  it('checks every option in the value and reports each toggle with its new state', async () => {
    const onToggle = vi.fn();
    const [first, second] = meds.options;
    showCheckboxes({ value: [first!.code], onToggle });
    const boxes = screen.getAllByRole<HTMLInputElement>('checkbox');
    expect(boxes.map((b) => b.checked)).toEqual(meds.options.map((o) => o === first));
    await userEvent.click(boxes[0]!);
    expect(onToggle).toHaveBeenLastCalledWith(first!.code, false);
    await userEvent.click(boxes[1]!);
    expect(onToggle).toHaveBeenLastCalledWith(second!.code, true);
  });
});
