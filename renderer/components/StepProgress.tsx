import { useTranslation } from 'react-i18next';

interface StepProgressProps {
  titles: string[];
  current: number;
  onSelect: (index: number) => void;
}

/** A strip of numbered buttons, one per step, to jump anywhere in the guide. */
export function StepProgress({ titles, current, onSelect }: StepProgressProps) {
  const { t } = useTranslation();
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
              {index + 1}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
