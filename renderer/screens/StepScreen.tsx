import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GuideStep } from '../../electron/ipc/contract';
import { stepText } from '../app/step-text';
import { useTextFit } from '../app/use-text-fit';
import { preloadVideo } from '../app/video-preloader';
import { Icon } from '../components/Icon';
import { StepProgress } from '../components/StepProgress';
import { VideoLoop, type CaptionState } from '../components/VideoLoop';

interface StepScreenProps {
  steps: GuideStep[];
  index: number;
  onBack: () => void;
  onNext: () => void;
  onJump: (index: number) => void;
}

const NO_CAPTIONS: CaptionState = { cues: [], active: null };

const same = (a: string, b: string) =>
  a.replace(/[\s.…!]+/gu, ' ').trim().toLocaleLowerCase() === b.replace(/[\s.…!]+/gu, ' ').trim().toLocaleLowerCase();

/**
 * One step, laid out for the bedside: the loop of the hands as large as the screen
 * allows, the whole instruction beside it (below it in portrait), the caption's cue
 * outside the picture, then the step dots and big Back and Next.
 */
export function StepScreen({ steps, index, onBack, onNext, onJump }: StepScreenProps) {
  const { t } = useTranslation('guide');
  const { t: tc, i18n } = useTranslation();
  const language = i18n.language;
  const step = steps[index];
  const nextVideo = steps[index + 1]?.video;
  const screenRef = useRef<HTMLElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const [captions, setCaptions] = useState<CaptionState>(NO_CAPTIONS);
  useEffect(() => preloadVideo(nextVideo), [nextVideo]);
  const text = step ? stepText(t, step.id) : null;
  // A track that only repeats the title adds nothing to the words beside it.
  const cueing = text !== null && captions.cues.some((cue) => !same(cue, text.title));
  useTextFit(screenRef, textRef, `${step?.id} ${language} ${cueing}`);
  if (!step || !text) return null;
  const titles = steps.map((s) => stepText(t, s.id).title);
  const isLast = index === steps.length - 1;
  return (
    <section
      ref={screenRef}
      className="screen step-screen"
      aria-labelledby="screen-title"
      data-step={step.id}
      data-cues={cueing ? 'on' : 'off'}
    >
      <VideoLoop
        key={step.video}
        video={step.video}
        poster={step.poster}
        label={step.alt[language] ?? tc('video.label', { step: index + 1, title: text.title })}
        captions={step.captions}
        language={language}
        onCaptions={setCaptions}
      />
      {cueing ? (
        // The space stays while the loop runs between cues, so the words never jump.
        <p className="step-cue" data-testid="step-cue">
          {captions.active ?? '\u00a0'}
        </p>
      ) : null}
      <div ref={textRef} className="step-text">
        <p className="step-counter">{tc('step.counter', { current: index + 1, total: steps.length })}</p>
        <h1 id="screen-title" tabIndex={-1}>
          {text.title}
        </h1>
        <p className="step-body">{text.body}</p>
        {text.tip ? <p className="step-tip">{text.tip}</p> : null}
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
