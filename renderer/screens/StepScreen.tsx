import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { GuideStep } from '../../electron/ipc/contract';
import { stepText } from '../app/step-text';
import { preloadVideo } from '../app/video-preloader';
import { Icon } from '../components/Icon';
import { StepProgress } from '../components/StepProgress';
import { VideoLoop } from '../components/VideoLoop';

interface StepScreenProps {
  steps: GuideStep[];
  index: number;
  onBack: () => void;
  onNext: () => void;
  onJump: (index: number) => void;
}

export function StepScreen({ steps, index, onBack, onNext, onJump }: StepScreenProps) {
  const { t } = useTranslation('guide');
  const { t: tc, i18n } = useTranslation();
  const language = i18n.language;
  const step = steps[index];
  const nextVideo = steps[index + 1]?.video;
  useEffect(() => preloadVideo(nextVideo), [nextVideo]);
  if (!step) return null;
  const text = stepText(t, step.id);
  const titles = steps.map((s) => stepText(t, s.id).title);
  const isLast = index === steps.length - 1;
  return (
    <section className="screen step-screen" aria-labelledby="screen-title" data-step={step.id}>
      <div className="step-layout">
        <VideoLoop
          key={step.video}
          video={step.video}
          poster={step.poster}
          label={step.alt[language] ?? tc('video.label', { step: index + 1, title: text.title })}
          captions={step.captions}
          language={language}
        />
        <div className="step-text">
          <p className="step-counter">{tc('step.counter', { current: index + 1, total: steps.length })}</p>
          <h1 id="screen-title" tabIndex={-1}>{text.title}</h1>
          <p className="step-body">{text.body}</p>
          {text.tip ? <p className="step-tip">{text.tip}</p> : null}
        </div>
      </div>
      <StepProgress titles={titles} current={index} onSelect={onJump} />
      <div className="step-buttons">
        <button type="button" className="button button-secondary button-step" onClick={onBack}>
          <Icon name="back" className="directional" /> {tc('nav.back')}
        </button>
        <button type="button" className="button button-primary button-step" onClick={onNext}>
          {isLast ? tc('nav.finish') : tc('nav.next')} <Icon name="next" className="directional" />
        </button>
      </div>
    </section>
  );
}
