import { useTranslation } from 'react-i18next';
import type { GuideStep } from '../../electron/ipc/contract';
import { stepText } from '../app/step-text';
import { formatNumber } from '../i18n/format';

interface OverviewScreenProps {
  steps: GuideStep[];
  onStep: (index: number) => void;
}

export function OverviewScreen({ steps, onStep }: OverviewScreenProps) {
  const { t, i18n } = useTranslation('guide');
  return (
    <section className="screen overview" aria-labelledby="screen-title">
      <h1 id="screen-title" tabIndex={-1}>{t('overview.title')}</h1>
      <div className="overview-layout">
        <div className="card">
          <h2>{t('overview.beforeTitle')}</h2>
          <p>{t('overview.container')}</p>
          <p>{t('overview.colostrum')}</p>
          <button type="button" className="button button-primary" onClick={() => onStep(0)}>
            {t('overview.begin')}
          </button>
        </div>
        <ol className="overview-steps">
          {steps.map((step, index) => (
            <li key={step.id}>
              <button type="button" className="button overview-step" onClick={() => onStep(index)}>
                <span className="overview-number" aria-hidden="true">
                  {formatNumber(i18n.language, index + 1)}
                </span>
                <span>{stepText(t, step.id).title}</span>
              </button>
            </li>
          ))}
        </ol>
      </div>
    </section>
  );
}
