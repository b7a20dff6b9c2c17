import { useTranslation } from 'react-i18next';

export function SafetyScreen() {
  const { t } = useTranslation('guide');
  return (
    <section className="screen reading" aria-labelledby="screen-title">
      <h1 id="screen-title" tabIndex={-1}>{t('safety.title')}</h1>
      <p className="notice-strong">{t('safety.noHurt')}</p>
      <h2>{t('safety.signsTitle')}</h2>
      <ul className="reading-list">
        <li>{t('safety.signs.pain')}</li>
        <li>{t('safety.signs.hardRed')}</li>
        <li>{t('safety.signs.fever')}</li>
        <li>{t('safety.signs.nipples')}</li>
      </ul>
    </section>
  );
}
