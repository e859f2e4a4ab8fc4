import type { ReactNode } from 'react';

/** The screen's h1. Focus moves here on each step (see StepView), so it takes focus from script only. */
export function ScreenHeading({
  id,
  children,
}: {
  readonly id: string;
  readonly children: ReactNode;
}) {
  return (
    <h1 id={id} tabIndex={-1}>
      {children}
    </h1>
  );
}
