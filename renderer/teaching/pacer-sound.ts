import type { PacerPhase } from './pacer-clock';

const TONE_HZ: Record<PacerPhase, number> = { press: 392, compress: 330, relax: 262 };

/**
 * A soft tone at each beat, made with the Web Audio API (no audio file, no network).
 * Off by default: rooms are shared and babies sleep.
 */
export function createPacerSound() {
  const context = new AudioContext();
  return {
    tone(phase: PacerPhase): void {
      const start = context.currentTime;
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.type = 'sine';
      oscillator.frequency.value = TONE_HZ[phase];
      gain.gain.setValueAtTime(0.0001, start);
      gain.gain.exponentialRampToValueAtTime(0.06, start + 0.05);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.4);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(start);
      oscillator.stop(start + 0.45);
    },
    close(): void {
      void context.close().catch(() => undefined);
    },
  };
}

export type PacerSound = ReturnType<typeof createPacerSound>;
