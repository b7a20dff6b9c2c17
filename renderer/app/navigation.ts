/**
 * Where the parent is in the guide. Kept in memory only: an idle reset or a restart
 * forgets it, as patient privacy requires.
 */
export type TopicScreen =
  | 'overview'
  | 'whenItHelps'
  | 'goodToKnow'
  | 'storage'
  | 'safety'
  | 'about';

export type Screen =
  | { name: 'welcome' }
  | { name: 'topics' }
  | { name: 'language' }
  | { name: 'step'; index: number }
  | { name: TopicScreen }
  // Teaching mode (issue 7): open only while the main process holds a teaching session.
  | { name: 'practice'; index: number }
  | { name: 'teachBack' }
  | { name: 'teachingSummary' };

export interface NavigationState {
  screen: Screen;
  /** Where the language picker returns to. */
  previous: Screen | null;
}

export type NavigationAction =
  | { type: 'go'; screen: Screen }
  | { type: 'open-language' }
  | { type: 'close-language' }
  /** `count` is the number of steps in the guide (the content pack fixes it). */
  | { type: 'next-step'; count: number }
  | { type: 'previous-step' }
  | { type: 'reset' };

export const INITIAL_NAVIGATION: NavigationState = { screen: { name: 'welcome' }, previous: null };

export function navigate(state: NavigationState, action: NavigationAction): NavigationState {
  switch (action.type) {
    case 'go':
      return {
        screen:
          action.screen.name === 'step' || action.screen.name === 'practice'
            ? { name: action.screen.name, index: Math.max(0, action.screen.index) }
            : action.screen,
        previous: null,
      };
    case 'open-language':
      if (state.screen.name === 'language') return state;
      return { screen: { name: 'language' }, previous: state.screen };
    case 'close-language':
      return { screen: state.previous ?? { name: 'welcome' }, previous: null };
    case 'next-step':
      if (state.screen.name !== 'step') return state;
      if (state.screen.index >= action.count - 1) return { screen: { name: 'storage' }, previous: null };
      return { screen: { name: 'step', index: state.screen.index + 1 }, previous: null };
    case 'previous-step':
      if (state.screen.name !== 'step') return state;
      if (state.screen.index === 0) return { screen: { name: 'overview' }, previous: null };
      return { screen: { name: 'step', index: state.screen.index - 1 }, previous: null };
    case 'reset':
      return INITIAL_NAVIGATION;
  }
}
