import { createContext } from 'react';

/** How the presenter bar wants step loops played: paused, at what speed, restarted when `replay` changes. */
export interface Playback {
  paused: boolean;
  rate: number;
  replay: number;
}

export const NORMAL_PLAYBACK: Playback = { paused: false, rate: 1, replay: 0 };

export const PlaybackContext = createContext<Playback>(NORMAL_PLAYBACK);
