import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../components/Icon';
import { StaffText } from './staff-text';

interface PresenterBarProps {
  titles: string[];
  /** The step being taught, or null away from the steps. */
  step: number | null;
  paused: boolean;
  slow: boolean;
  onPrevious: () => void;
  onNext: () => void;
  onJump: (index: number) => void;
  onTogglePause: () => void;
  onToggleSlow: () => void;
  onReplay: () => void;
  onPractice: () => void;
  onTeachBack: () => void;
  onEnd: () => void;
}

/** The nurse's slim control strip while teaching mode is open. */
export function PresenterBar(props: PresenterBarProps) {
  const { t } = useTranslation('admin');
  const { t: tc } = useTranslation();
  const [jumpOpen, setJumpOpen] = useState(false);
  const { step, titles } = props;
  return (
    <nav className="presenter-bar" aria-label={t('teaching.bar.label')} data-testid="presenter-bar">
      <div className="presenter-group">
        <button
          type="button"
          className="button"
          onClick={props.onPrevious}
          disabled={step === null || step === 0}
        >
          {/* The arrows say it; the words stay for screen readers, to keep the bar on one line. */}
          <Icon name="back" className="directional" />
          <span className="visually-hidden">
            <StaffText>{t('teaching.bar.previous')}</StaffText>
          </span>
        </button>
        <button
          type="button"
          className="button"
          aria-expanded={jumpOpen}
          aria-controls="presenter-jump"
          onClick={() => setJumpOpen(!jumpOpen)}
        >
          <StaffText>{t('teaching.bar.jump')}</StaffText>
        </button>
        <button
          type="button"
          className="button"
          onClick={props.onNext}
          disabled={step !== null && step >= titles.length - 1}
        >
          <span className="visually-hidden">
            <StaffText>{t('teaching.bar.next')}</StaffText>
          </span>
          <Icon name="next" className="directional" />
        </button>
      </div>
      <div className="presenter-group">
        <button
          type="button"
          className="button"
          aria-pressed={props.paused}
          onClick={props.onTogglePause}
        >
          <StaffText>{props.paused ? t('teaching.bar.play') : t('teaching.bar.pause')}</StaffText>
        </button>
        <button
          type="button"
          className="button"
          aria-pressed={props.slow}
          onClick={props.onToggleSlow}
        >
          <StaffText>{t('teaching.bar.slow')}</StaffText>
        </button>
        <button type="button" className="button" onClick={props.onReplay}>
          <StaffText>{t('teaching.bar.replay')}</StaffText>
        </button>
      </div>
      <div className="presenter-group">
        <button type="button" className="button button-presenter-main" onClick={props.onPractice}>
          <StaffText>{t('teaching.bar.practice')}</StaffText>
        </button>
        <button type="button" className="button" onClick={props.onTeachBack}>
          <StaffText>{t('teaching.bar.teachBack')}</StaffText>
        </button>
        <button type="button" className="button" onClick={props.onEnd}>
          <StaffText>{t('teaching.bar.end')}</StaffText>
        </button>
      </div>
      {jumpOpen ? (
        <div
          id="presenter-jump"
          className="presenter-jump"
          role="group"
          aria-label={t('teaching.bar.jumpTitle')}
        >
          {titles.map((title, index) => (
            <button
              key={index}
              type="button"
              className={index === step ? 'button jump-step current' : 'button jump-step'}
              aria-current={index === step ? 'step' : undefined}
              aria-label={tc('step.goTo', { step: index + 1, title })}
              onClick={() => {
                setJumpOpen(false);
                props.onJump(index);
              }}
            >
              <span className="overview-number" aria-hidden="true">
                {index + 1}
              </span>
              {title}
            </button>
          ))}
        </div>
      ) : null}
    </nav>
  );
}
