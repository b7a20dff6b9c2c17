import { describe, expect, it } from 'vitest';
import { INITIAL_NAVIGATION, navigate, type NavigationState } from '../../../renderer/app/navigation';

const at = (index: number): NavigationState => ({ screen: { name: 'step', index }, previous: null });

describe('navigation', () => {
  it('moves forward and back through the steps', () => {
    expect(navigate(at(0), { type: 'next-step', count: 12 }).screen).toEqual({ name: 'step', index: 1 });
    expect(navigate(at(5), { type: 'previous-step' }).screen).toEqual({ name: 'step', index: 4 });
  });

  it('leads from the last step to storing the milk, and from the first back to the overview', () => {
    expect(navigate(at(11), { type: 'next-step', count: 12 }).screen).toEqual({ name: 'storage' });
    expect(navigate(at(0), { type: 'previous-step' }).screen).toEqual({ name: 'overview' });
  });

  it('returns from the language picker to the same step', () => {
    const picking = navigate(at(4), { type: 'open-language' });
    expect(picking.screen).toEqual({ name: 'language' });
    expect(navigate(picking, { type: 'close-language' }).screen).toEqual({ name: 'step', index: 4 });
    expect(navigate(picking, { type: 'open-language' })).toBe(picking);
  });

  it('ignores step moves on other screens and resets to the welcome screen', () => {
    const topics: NavigationState = { screen: { name: 'topics' }, previous: null };
    expect(navigate(topics, { type: 'next-step', count: 12 })).toBe(topics);
    expect(navigate(at(7), { type: 'reset' })).toEqual(INITIAL_NAVIGATION);
  });
});
