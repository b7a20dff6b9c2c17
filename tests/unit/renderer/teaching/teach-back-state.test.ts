import { describe, expect, it } from 'vitest';
import { QUESTION_IDS } from '../../../../renderer/teaching/teach-back-questions';
import {
  INITIAL_TEACH_BACK,
  teachBack,
  type TeachBackAction,
} from '../../../../renderer/teaching/teach-back-state';

const run = (...actions: TeachBackAction[]) => actions.reduce(teachBack, INITIAL_TEACH_BACK);

describe('teach-back', () => {
  it('asks 4 to 6 questions', () => {
    expect(QUESTION_IDS.length).toBeGreaterThanOrEqual(4);
    expect(QUESTION_IDS.length).toBeLessThanOrEqual(6);
  });

  it('shows the step again after a wrong answer, then asks again, and keeps no score', () => {
    const reviewing = run({ type: 'answer', right: false });
    expect(reviewing).toEqual({ index: 0, phase: 'review', missed: ['placement'] });
    const retried = run(
      { type: 'answer', right: false },
      { type: 'retry' },
      { type: 'answer', right: false },
    );
    expect(retried.missed).toEqual(['placement']);
    expect(Object.keys(retried).sort()).toEqual(['index', 'missed', 'phase']);
  });

  it('moves on only after the right answer, and ends after the last question', () => {
    expect(run({ type: 'next' })).toEqual(INITIAL_TEACH_BACK);
    const actions: TeachBackAction[] = QUESTION_IDS.flatMap(() => [
      { type: 'answer', right: true } as const,
      { type: 'next' } as const,
    ]);
    expect(run(...actions)).toEqual({ index: QUESTION_IDS.length - 1, phase: 'done', missed: [] });
  });

  it('forgets everything on restart', () => {
    expect(run({ type: 'answer', right: false }, { type: 'restart' })).toEqual(INITIAL_TEACH_BACK);
  });
});
