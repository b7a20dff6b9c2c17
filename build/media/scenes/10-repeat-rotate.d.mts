/** Types of the step 10 scene, for the unit test that holds the teaching diagram to it. */
import type { Scene } from './index.mjs';

export function handClock(position: number): { thumb: number; fingers: number; wrap: number };

declare const scene: Scene;
export default scene;
