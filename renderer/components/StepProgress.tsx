import { useTranslation } from 'react-i18next';
import { formatNumber } from '../i18n/format';

interface StepProgressProps {
  titles: string[];
  current: number;
  onSelect: (index: number) => void;
}

/** A strip of numbered buttons, one per step, to jump anywhere in the guide. */
export function StepProgress({ titles, current, onSelect }: StepProgressProps) {
  const { t, i18n } = useTranslation();
  return (
    <nav className="step-progress" aria-label={t('step.progress')}>
      <ol>
        {titles.map((title, index) => (
          <li key={index}>
            <button
              type="button"
              className={index === current ? 'progress-dot current' : 'progress-dot'}
              aria-current={index === current ? 'step' : undefined}
              aria-label={t('step.goTo', { step: index + 1, title })}
              onClick={() => onSelect(index)}
            >
              {formatNumber(i18n.language, index + 1)}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
