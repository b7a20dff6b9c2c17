import { useTranslation } from 'react-i18next';
import type { StepId, TeachingOptions } from '../../electron/ipc/contract';
import { Icon } from '../components/Icon';
import { HandPositionGuide } from './HandPositionGuide';
import { RhythmPacer } from './RhythmPacer';
import { StaffText } from './staff-text';

interface PracticeScreenProps {
  step: StepId;
  config: TeachingOptions;
  onBack: () => void;
}

/** "Practice now": the hand-position guide for step 10, the rhythm pacer elsewhere. */
export function PracticeScreen({ step, config, onBack }: PracticeScreenProps) {
  const { t } = useTranslation('admin');
  return (
    <div className="practice">
      {step === 'repeat-rotate' ? (
        <HandPositionGuide config={config} />
      ) : (
        <RhythmPacer config={config} />
      )}
      <button type="button" className="button button-quiet practice-back" onClick={onBack}>
        <Icon name="back" className="directional" />{' '}
        <StaffText>{t('teaching.pacer.back')}</StaffText>
      </button>
    </div>
  );
}
