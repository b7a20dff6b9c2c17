/**
 * Where the parent is in the teach-back, in memory only. Answers are never stored or
 * sent: all that is kept is which topics to look at again, until Done or the idle reset.
 */
import { QUESTION_IDS, type QuestionId } from './teach-back-questions';

export interface TeachBackState {
  index: number;
  phase: 'ask' | 'right' | 'review' | 'done';
  /** Topics answered wrong at least once, for the nurse's summary. */
  missed: QuestionId[];
}

export type TeachBackAction =
  { type: 'answer'; right: boolean } | { type: 'retry' } | { type: 'next' } | { type: 'restart' };

export const INITIAL_TEACH_BACK: TeachBackState = { index: 0, phase: 'ask', missed: [] };

export function teachBack(state: TeachBackState, action: TeachBackAction): TeachBackState {
  switch (action.type) {
    case 'answer': {
      if (state.phase !== 'ask') return state;
      if (action.right) return { ...state, phase: 'right' };
      const id = QUESTION_IDS[state.index];
      const missed = id && !state.missed.includes(id) ? [...state.missed, id] : state.missed;
      return { ...state, phase: 'review', missed };
    }
    case 'retry':
      return state.phase === 'review' ? { ...state, phase: 'ask' } : state;
    case 'next':
      if (state.phase !== 'right') return state;
      return state.index + 1 >= QUESTION_IDS.length
        ? { ...state, phase: 'done' }
        : { ...state, index: state.index + 1, phase: 'ask' };
    case 'restart':
      return INITIAL_TEACH_BACK;
  }
}
