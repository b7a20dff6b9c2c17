/** Types of the scene table, for the unit tests that hold the captions to the loops. */
export interface CaptionCue {
  /** The cue word's key in locales/<lng>/guide.json `cues`. */
  key: 'pressBack' | 'pressTogether' | 'relax';
  /** Seconds into the loop. */
  start: number;
  end: number;
}

export interface Scene {
  id: string;
  /** Loop length in seconds. */
  duration: number;
  poster?: number;
  /** Timed cues of the loops that show the rhythm; absent: the loop has no captions. */
  cues?: CaptionCue[];
  /** How far the hand presses back and presses together (0..1) at loop phase t in [0, 1). */
  motion?: (t: number) => { press: number; together: number };
  /** The SVG frame at loop phase t in [0, 1). */
  frame: (t: number) => string;
}

export const scenes: Scene[];
