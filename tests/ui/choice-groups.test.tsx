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
const withHint = (q: typeof nasal) => q.options.filter((o) => o.hint);
const withoutHint = (q: typeof nasal) => q.options.filter((o) => !o.hint);

describe('a radio group', () => {
  it('shows one radio per option, named by its label, with its hint as the description', () => {
    render(
      <RadioGroup
        name="q-nasal"
        legend={nasal.text}
        options={nasal.options}
        value={undefined}
        onChange={() => {}}
      />,
    );
    expect(screen.getByRole('group', { name: nasal.text })).toBeTruthy();
    expect(screen.getAllByRole('radio')).toHaveLength(nasal.options.length);
    for (const option of withHint(nasal)) {
      const radio = screen.getByRole('radio', { name: option.label });
      expect(radio.getAttribute('aria-describedby')).toBe(`q-nasal-${option.code}-hint`);
      expect(screen.getByRole('radio', { description: option.hint })).toBe(radio);
    }
    for (const option of withoutHint(nasal)) {
      const radio = screen.getByRole('radio', { name: option.label });
      expect(radio.hasAttribute('aria-describedby')).toBe(false);
    }
  });

  it('checks the option whose code is the value and reports the code of the one chosen', async () => {
    const onChange = vi.fn();
    const [first, second] = nasal.options;
    render(
      <RadioGroup
        name="q-nasal"
        legend={nasal.text}
        options={nasal.options}
        value={first!.code}
        onChange={onChange}
      />,
    );
    const radios = screen.getAllByRole<HTMLInputElement>('radio');
    expect(radios.map((r) => r.checked)).toEqual(nasal.options.map((o) => o === first));
    await userEvent.click(screen.getByRole('radio', { name: second!.label }));
    expect(onChange).toHaveBeenCalledExactlyOnceWith(second!.code);
  });

  it('shows an error under the legend and describes the group with it', () => {
    render(
      <RadioGroup
        name="q-nasal"
        legend={nasal.text}
        options={nasal.options}
        value={undefined}
        onChange={() => {}}
        error={getQuestion('age_band').requiredReason}
      />,
    );
    const reason = getQuestion('age_band').requiredReason!;
    expect(screen.getByRole('group', { name: nasal.text, description: reason })).toBeTruthy();
  });
});

describe('a checkbox group', () => {
  it('shows one checkbox per option, named by its label, with its hint as the description', () => {
    render(
      <CheckboxGroup
        name="q-cx_meds"
        legend={meds.text}
        options={meds.options}
        value={[]}
        onToggle={() => {}}
      />,
    );
    expect(screen.getByRole('group', { name: meds.text })).toBeTruthy();
    expect(screen.getAllByRole('checkbox')).toHaveLength(meds.options.length);
    for (const option of withHint(meds)) {
      const box = screen.getByRole('checkbox', { description: option.hint });
      expect(box.getAttribute('value')).toBe(option.code);
      expect(box.getAttribute('name')).toBe('q-cx_meds');
    }
    for (const option of withoutHint(meds)) {
      const box = screen.getByRole('checkbox', { name: option.label });
      expect(box.hasAttribute('aria-describedby')).toBe(false);
    }
  });

  it('checks every option in the value and reports each toggle with its new state', async () => {
    const onToggle = vi.fn();
    const [first, second] = meds.options;
    render(
      <CheckboxGroup
        name="q-cx_meds"
        legend={meds.text}
        options={meds.options}
        value={[first!.code]}
        onToggle={onToggle}
      />,
    );
    const boxes = screen.getAllByRole<HTMLInputElement>('checkbox');
    expect(boxes.map((b) => b.checked)).toEqual(meds.options.map((o) => o === first));
    await userEvent.click(boxes[0]!);
    expect(onToggle).toHaveBeenLastCalledWith(first!.code, false);
    await userEvent.click(boxes[1]!);
    expect(onToggle).toHaveBeenLastCalledWith(second!.code, true);
  });
});
