// The rhythm at the heart of the skill (press back, press together, relax), shared
// by the loops of steps 7, 8 and 10, so they keep one tempo and their captions are
// computed from the very numbers that move the hand.
import { ramp } from './svg.mjs';

/** Seconds per press-together-relax cycle. */
export const RHYTHM_SECONDS = 2;

/**
 * The beats of one cycle, as phases in [0, 1). `key` names the cue word in
 * locales/<lng>/guide.json (`cues.<key>`), which is what the caption shows.
 */
export const RHYTHM_BEATS = Object.freeze([
  Object.freeze({ key: 'pressBack', from: 0, to: 0.3 }),
  Object.freeze({ key: 'pressTogether', from: 0.3, to: 0.62 }),
  Object.freeze({ key: 'relax', from: 0.62, to: 1 }),
]);

export const CUE_KEYS = RHYTHM_BEATS.map((beat) => beat.key);

const [PRESS, TOGETHER, RELAX] = RHYTHM_BEATS;

/**
 * The hand at phase c of a cycle: push (back toward the chest wall), squeeze (thumb
 * and fingers together), roll (forward toward the nipple), each 0..1, and the beat.
 * Every movement starts inside its own beat and ends before the next one begins,
 * so a caption that follows the beats never names a movement that is not drawn.
 */
export function rhythm(c) {
  const push = ramp(c, PRESS.from + 0.02, PRESS.to - 0.04) * (1 - ramp(c, RELAX.from + 0.02, 0.9));
  const squeeze = ramp(c, TOGETHER.from, TOGETHER.from + 0.22) * (1 - ramp(c, RELAX.from + 0.02, RELAX.from + 0.26));
  const roll = ramp(c, TOGETHER.from + 0.08, TOGETHER.to - 0.02) * (1 - ramp(c, RELAX.from + 0.04, RELAX.from + 0.3));
  const stage = RHYTHM_BEATS.findIndex((beat) => c >= beat.from && c < beat.to);
  return { push, squeeze, roll, stage: stage < 0 ? 0 : stage };
}

/**
 * Caption cues, in seconds, for cycles starting at `starts` (seconds into the loop).
 * `beats` defaults to the three beats; a loop that only presses back passes its own.
 */
export function rhythmCues(starts, beats = RHYTHM_BEATS) {
  return starts.flatMap((start) =>
    beats.map((beat) => ({
      key: beat.key,
      start: round(start + beat.from * RHYTHM_SECONDS),
      end: round(start + beat.to * RHYTHM_SECONDS),
    })),
  );
}

// Cue times are written to the millisecond; rounding here keeps 0.3 * 2 from
// becoming 0.6000000000000001 in a comparison.
const round = (seconds) => Math.round(seconds * 1000) / 1000;
