import { useTranslation } from 'react-i18next';
import type { PacerPhase } from './pacer-clock';

interface PacerPulseProps {
  phase: PacerPhase;
  running: boolean;
  cycleSeconds: number;
  small?: boolean;
}

/** The calm pulse: grows as the hand presses back, shrinks as it presses together, rests to relax. */
export function PacerPulse({ phase, running, cycleSeconds, small }: PacerPulseProps) {
  const { t } = useTranslation('teaching');
  const word = {
    press: t('pacer.press'),
    compress: t('pacer.compress'),
    relax: t('pacer.relax'),
  }[phase];
  return (
    <div
      className={small ? 'pacer-pulse small' : 'pacer-pulse'}
      data-phase={running ? phase : 'stopped'}
    >
      <div
        className="pacer-circle"
        aria-hidden="true"
        style={{ transitionDuration: `${(cycleSeconds / 3).toFixed(2)}s` }}
      />
      {/* The small pulse beside the hand guide keeps the beat without words. */}
      {small ? null : <p className="pacer-word">{running ? word : t('pacer.press')}</p>}
    </div>
  );
}
