import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Guide } from '../../electron/ipc/contract';
import { stepText } from '../app/step-text';
import { useTextFit } from '../app/use-text-fit';
import { VideoLoop } from '../components/VideoLoop';
import { QUESTION_IDS, reviewText, teachBackQuestion } from './teach-back-questions';
import type { TeachBackAction, TeachBackState } from './teach-back-state';
import { TeachBackPicture } from './TeachBackPicture';

interface TeachBackScreenProps {
  guide: Guide;
  state: TeachBackState;
  dispatch: (action: TeachBackAction) => void;
}

/** One question at a time. A wrong answer shows the step again with its loop: no score. */
export function TeachBackScreen({ guide, state, dispatch }: TeachBackScreenProps) {
  const { t, i18n } = useTranslation('teaching');
  const { t: tg } = useTranslation('guide');
  const { t: tc } = useTranslation();
  const id = QUESTION_IDS[state.index] ?? 'placement';
  const question = teachBackQuestion(t, tg, id, guide.storage);
  const screenRef = useRef<HTMLElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  useTextFit(screenRef, textRef, `${id} ${state.phase} ${i18n.language}`);

  if (state.phase === 'review') {
    const stepIndex = guide.steps.findIndex((step) => step.id === question.step);
    const step = guide.steps[stepIndex];
    const text = stepText(tg, question.step);
    return (
      <section
        ref={screenRef}
        className="screen step-screen teach-review"
        aria-labelledby="screen-title"
        data-review-step={question.step}
      >
        {step ? (
          <VideoLoop
            key={step.video}
            video={step.video}
            poster={step.poster}
            label={tc('video.label', { step: stepIndex + 1, title: text.title })}
          />
        ) : null}
        <div ref={textRef} className="step-text">
          <h1 id="screen-title" tabIndex={-1}>
            {t('teachBack.reviewTitle', { step: stepIndex + 1 })}
          </h1>
          <p className="notice">{t('teachBack.rightAnswer', { answer: question.rightText })}</p>
          <h2>{text.title}</h2>
          <p className="step-body">{reviewText(tg, id)}</p>
        </div>
        <div className="step-buttons step-buttons-end">
          <button
            type="button"
            className="button button-primary button-step"
            onClick={() => dispatch({ type: 'retry' })}
          >
            {t('teachBack.tryAgain')}
          </button>
        </div>
      </section>
    );
  }

  return (
    <section className="screen teach-back" aria-labelledby="screen-title" data-question={id}>
      <p className="step-counter">
        {t('teachBack.counter', { current: state.index + 1, total: QUESTION_IDS.length })}
      </p>
      <h1 id="screen-title" tabIndex={-1}>
        {question.prompt}
      </h1>
      {state.index === 0 && state.phase === 'ask' ? <p>{t('teachBack.lead')}</p> : null}
      <ul className="teach-answers">
        {question.answers.map((answer) => (
          <li key={answer.picture}>
            <button
              type="button"
              className={
                state.phase === 'right' && answer.right
                  ? 'button teach-answer chosen'
                  : 'button teach-answer'
              }
              disabled={state.phase !== 'ask'}
              onClick={() => dispatch({ type: 'answer', right: answer.right })}
            >
              <TeachBackPicture name={answer.picture} />
              <span>{answer.text}</span>
            </button>
          </li>
        ))}
      </ul>
      <div className="teach-feedback" role="status">
        {state.phase === 'right' ? <p className="notice">{t('teachBack.right')}</p> : null}
      </div>
      {state.phase === 'right' ? (
        <div className="step-buttons step-buttons-end">
          <button
            type="button"
            className="button button-primary button-step"
            onClick={() => dispatch({ type: 'next' })}
          >
            {state.index + 1 >= QUESTION_IDS.length ? tc('nav.finish') : t('teachBack.next')}
          </button>
        </div>
      ) : null}
    </section>
  );
}
