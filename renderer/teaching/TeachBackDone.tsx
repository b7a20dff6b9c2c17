import { useTranslation } from 'react-i18next';
import { TakeHomeQr } from './TakeHomeQr';

interface TeachBackDoneProps {
  takeHomeUrl: string;
  onSummary: () => void;
}

/** The last teaching screen: well done, and the take-home link when staff set one. */
export function TeachBackDone({ takeHomeUrl, onSummary }: TeachBackDoneProps) {
  const { t } = useTranslation('teaching');
  const { t: ta } = useTranslation('admin');
  return (
    <section className="screen teach-done" aria-labelledby="screen-title">
      <div className="teach-done-layout">
        <div>
          <h1 id="screen-title" tabIndex={-1}>
            {t('teachBack.doneTitle')}
          </h1>
          <p className="lead">{t('teachBack.doneBody')}</p>
        </div>
        {takeHomeUrl ? (
          <figure className="card take-home" data-testid="take-home">
            <TakeHomeQr url={takeHomeUrl} label={t('teachBack.qrLabel')} />
            <figcaption>
              <h2>{t('teachBack.qrTitle')}</h2>
              <p>{t('teachBack.qrBody')}</p>
              <p className="take-home-url" dir="ltr">
                {takeHomeUrl}
              </p>
            </figcaption>
          </figure>
        ) : null}
      </div>
      <div className="step-buttons step-buttons-end">
        <button type="button" className="button button-quiet" onClick={onSummary}>
          {ta('teaching.summary.open')}
        </button>
      </div>
    </section>
  );
}
