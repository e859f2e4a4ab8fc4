import { beforeAll, describe, expect, it } from 'vitest';
import { createActor, type SnapshotFrom } from 'xstate';
import { createTestModel, type AdjacencyValue } from 'xstate/graph';
import {
  questionnaireMachine,
  type QuestionnaireEvent,
} from '../../src/machine/questionnaire.machine';
import { ALL_STEPS } from '../../src/questions/visibility';

/**
 * A small, representative event set: the answers that change the route (age, PHQ-9 item 9, the
 * safety question) plus every navigation event. Each distinct context is a state of the model.
 */
const EVENTS: readonly QuestionnaireEvent[] = [
  { type: 'nav.next' },
  { type: 'nav.back' },
  { type: 'answer.set', id: 'age_band', value: '18to64' },
  { type: 'answer.set', id: 'age_band', value: 'under18' },
  { type: 'answer.set', id: 'phq9_9', value: 1 },
  { type: 'answer.set', id: 'phq9_9', value: 0 },
  { type: 'answer.set', id: 'safety_now', value: 'yes' },
  { type: 'nav.goto', step: 'about' },
  { type: 'review.edit', step: 'severity' },
  { type: 'session.reset' },
];

type Snapshot = SnapshotFrom<typeof questionnaireMachine>;

/** A state of the model is the step plus the facts in context. */
const serializeState = (s: Snapshot) => JSON.stringify([s.value, s.context]);

const model = createTestModel(questionnaireMachine, { events: EVENTS, input: {}, serializeState });
const isEnd = (value: unknown) => value === 'summary' || value === 'underage';

type Path = ReturnType<typeof model.getShortestPaths>[number];

/** Events that move a person forward: answering and Next. Back, jumps and reset are left out. */
const isForward = (event: QuestionnaireEvent) =>
  event.type === 'answer.set' || event.type === 'nav.next';

describe('the questionnaire model', () => {
  let states: [string, AdjacencyValue<Snapshot, QuestionnaireEvent>][] = [];
  let ends: Path[] = [];
  let elapsed = 0;

  beforeAll(() => {
    const started = performance.now();
    states = Object.entries(model.getAdjacencyMap());
    ends = model.getShortestPaths({ toState: (s) => isEnd(s.value) });
    elapsed = performance.now() - started;
  });

  it('reaches every step of the flow', () => {
    const reached = new Set(states.map(([, v]) => v.state.value));
    expect([...reached].sort()).toEqual([...ALL_STEPS].sort());
    console.info(
      `model: ${states.length} states, ${ends.length} shortest paths to an end, ${elapsed.toFixed(0)} ms`,
    );
  });

  it('has no dead end: from every state, answering and Next alone reach the summary or the under-18 stop', () => {
    const canEnd = new Set(states.filter(([, v]) => isEnd(v.state.value)).map(([key]) => key));
    let grew = true;
    while (grew) {
      grew = false;
      for (const [key, value] of states) {
        if (canEnd.has(key)) continue;
        const targets = Object.values(value.transitions)
          .filter((t) => isForward(t.event))
          .map((t) => serializeState(t.state));
        if (targets.some((t) => canEnd.has(t))) {
          canEnd.add(key);
          grew = true;
        }
      }
    }
    const stuck = states.filter(([key]) => !canEnd.has(key)).map(([, v]) => v.state.value);
    expect(stuck).toEqual([]);
  });

  it('ends every shortest path in the summary or the under-18 stop', () => {
    expect(ends.length).toBeGreaterThan(0);
    for (const path of ends) expect(isEnd(path.state.value)).toBe(true);
    const endSteps = new Set(ends.map((p) => p.state.value));
    expect(endSteps).toEqual(new Set(['summary', 'underage']));
  });

  it('replays every shortest path on a real actor and lands on the same step', async () => {
    for (const path of ends) {
      const actor = createActor(questionnaireMachine, { input: {} }).start();
      await path.test({
        events: Object.fromEntries(
          EVENTS.map((e) => [
            e.type,
            ({ event }: { event: QuestionnaireEvent }) => actor.send(event),
          ]),
        ),
      });
      expect(actor.getSnapshot().value).toBe(path.state.value);
    }
  });
});
