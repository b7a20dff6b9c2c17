import { useTranslation } from 'react-i18next';

export function WhenItHelpsScreen() {
  const { t } = useTranslation('guide');
  return (
    <section className="screen reading" aria-labelledby="screen-title">
      <h1 id="screen-title" tabIndex={-1}>{t('whenItHelps.title')}</h1>
      <ul className="reading-list">
        <li>{t('whenItHelps.noPump')}</li>
        <li>{t('whenItHelps.beforeFeed')}</li>
        <li>{t('whenItHelps.away')}</li>
        <li>{t('whenItHelps.colostrum')}</li>
      </ul>
    </section>
  );
}
