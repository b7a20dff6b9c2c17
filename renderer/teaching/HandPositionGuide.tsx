import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeachingOptions } from '../../electron/ipc/contract';
import { HandDiagram } from './HandDiagram';
import { HAND_POSITIONS, type HandPosition } from './hand-positions';
import { usePacerClock } from './pacer-clock';
import { PacerPulse } from './PacerPulse';

/**
 * Step 10's hand-position guide: C, U, backward C and upside-down U in turn. It moves
 * on with the pacer (every "move your hand" interval staff set) or with a tap.
 */
export function HandPositionGuide({ config }: { config: TeachingOptions }) {
  const { t } = useTranslation('teaching');
  const [running, setRunning] = useState(false);
  const [offset, setOffset] = useState(0);
  const clock = usePacerClock(running, config.pacerDefaultSeconds);
  const count = HAND_POSITIONS.length;
  const auto = Math.floor(clock.elapsedMs / (config.moveHandCueSeconds * 1000));
  const index = (((offset + auto) % count) + count) % count;
  const position = HAND_POSITIONS[index] ?? 'c';
  const names: Record<HandPosition, string> = {
    c: t('hands.positions.c'),
    u: t('hands.positions.u'),
    backwardC: t('hands.positions.backwardC'),
    upsideDownU: t('hands.positions.upsideDownU'),
  };
  const descriptions: Record<HandPosition, string> = {
    c: t('hands.describe.c'),
    u: t('hands.describe.u'),
    backwardC: t('hands.describe.backwardC'),
    upsideDownU: t('hands.describe.upsideDownU'),
  };
  const choose = (target: number) => setOffset(offset + target - index);

  return (
    <section
      className="screen hands-screen"
      aria-labelledby="screen-title"
      data-testid="hand-guide"
    >
      <div className="hands-layout">
        <div className="hands-picture">
          {/* A tap on the picture moves on; the "Next position" button does the same for keyboards. */}
          <figure className="hand-main" onClick={() => choose(index + 1)}>
            <HandDiagram
              position={position}
              label={t('hands.diagram', { name: names[position] })}
              thumbLabel={t('hands.thumb')}
              fingersLabel={t('hands.fingers')}
            />
          </figure>
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
              onClick={() => choose(index + 1)}
            >
              {t('hands.next')}
            </button>
            <PacerPulse
              phase={clock.phase}
              running={running}
              cycleSeconds={config.pacerDefaultSeconds}
              small
            />
          </div>
        </div>
        <div className="hands-side">
          <h1 id="screen-title" tabIndex={-1}>
            {t('hands.title')}
          </h1>
          <p>{t('hands.lead')}</p>
          <p className="step-counter">{t('hands.counter', { current: index + 1, total: count })}</p>
          <p className="hand-now" aria-live="polite">
            <strong>{names[position]}</strong>: {descriptions[position]}
          </p>
          <ol className="hand-thumbnails">
            {HAND_POSITIONS.map((candidate, i) => (
              <li key={candidate}>
                <button
                  type="button"
                  className={i === index ? 'button hand-thumb current' : 'button hand-thumb'}
                  aria-current={i === index ? 'step' : undefined}
                  onClick={() => choose(i)}
                >
                  <HandDiagram position={candidate} />
                  <span>{names[candidate]}</span>
                </button>
              </li>
            ))}
          </ol>
        </div>
      </div>
    </section>
  );
}
