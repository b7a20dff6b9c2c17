import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeachingOptions } from '../../electron/ipc/contract';
import { formatClock } from './format-clock';
import { usePacerClock } from './pacer-clock';
import { createPacerSound, type PacerSound } from './pacer-sound';
import { PacerPulse } from './PacerPulse';
import { StaffText, useStaffLanguage } from './staff-text';

const PACE_STEP = 0.25;
/** How long the "move your hand" cue stays up each time. */
const MOVE_CUE_SECONDS = 8;

/** The rhythm pacer for steps 7 and 8, with a timer for each breast and the cues staff set. */
export function RhythmPacer({ config }: { config: TeachingOptions }) {
  const { t, i18n } = useTranslation('teaching');
  const { t: ta } = useTranslation('admin');
  const staff = useStaffLanguage();
  const [running, setRunning] = useState(false);
  const [cycleSeconds, setCycleSeconds] = useState(config.pacerDefaultSeconds);
  const [soundOn, setSoundOn] = useState(false);
  const [breastStartMs, setBreastStartMs] = useState(0);
  const clock = usePacerClock(running, cycleSeconds);
  const sound = useRef<PacerSound | null>(null);

  const breastSeconds = Math.floor((clock.elapsedMs - breastStartMs) / 1000);
  const moveEvery = config.moveHandCueSeconds;
  let cue: string | null = null;
  if (breastSeconds >= config.switchCueMinutes * 60) cue = t('pacer.switchCue');
  else if (breastSeconds >= moveEvery && breastSeconds % moveEvery < MOVE_CUE_SECONDS) {
    cue = t('pacer.moveHandCue');
  }

  useEffect(() => {
    if (running && soundOn) sound.current?.tone(clock.phase);
  }, [running, soundOn, clock.phase]);

  useEffect(() => () => sound.current?.close(), []);

  function toggleSound() {
    if (!soundOn && !sound.current) {
      try {
        sound.current = createPacerSound();
      } catch {
        return; // No audio here: the pulse alone still paces.
      }
    }
    setSoundOn(!soundOn);
  }

  const pace = (delta: number) =>
    setCycleSeconds((current) =>
      Math.min(config.pacerMaxSeconds, Math.max(config.pacerMinSeconds, current + delta)),
    );

  return (
    <section
      className="screen pacer-screen"
      aria-labelledby="screen-title"
      data-testid="rhythm-pacer"
      data-breast-seconds={breastSeconds}
    >
      <div className="pacer-layout">
        <PacerPulse phase={clock.phase} running={running} cycleSeconds={cycleSeconds} />
        <div className="pacer-side">
          <h1 id="screen-title" tabIndex={-1}>
            {t('pacer.title')}
          </h1>
          <p>{t('pacer.lead')}</p>
          <p className="pacer-timer">
            {t('pacer.timer', { time: formatClock(breastSeconds, i18n.language) })}
          </p>
          <p className="pacer-cue" role="status">
            {cue ?? ''}
          </p>
          <div className="pacer-actions">
            <button
              type="button"
              className="button button-primary"
              onClick={() => setRunning(!running)}
            >
              {running ? t('pacer.pause') : t('pacer.start')}
            </button>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => setBreastStartMs(clock.elapsedMs)}
            >
              {t('pacer.switch')}
            </button>
          </div>
          <p className="pacer-note">{t('pacer.slowFlow')}</p>
          <div className="staff-controls">
            <button
              type="button"
              className="button"
              onClick={() => pace(PACE_STEP)}
              disabled={cycleSeconds >= config.pacerMaxSeconds}
            >
              <StaffText>{ta('teaching.pacer.slower')}</StaffText>
            </button>
            <span className="pacer-pace">
              <StaffText>
                {ta('teaching.pacer.pace', {
                  // In the staff words' own language, so their digits match the words.
                  seconds: new Intl.NumberFormat(staff?.lang ?? i18n.language, {
                    maximumFractionDigits: 2,
                  }).format(cycleSeconds),
                })}
              </StaffText>
            </span>
            <button
              type="button"
              className="button"
              onClick={() => pace(-PACE_STEP)}
              disabled={cycleSeconds <= config.pacerMinSeconds}
            >
              <StaffText>{ta('teaching.pacer.faster')}</StaffText>
            </button>
            <button type="button" className="button" aria-pressed={soundOn} onClick={toggleSound}>
              <StaffText>{ta('teaching.pacer.sound')}</StaffText>
            </button>
          </div>
        </div>
      </div>
    </section>
  );
}
