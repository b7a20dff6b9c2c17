import { useTranslation } from 'react-i18next';
import { ReadingPages } from '../components/ReadingPages';

export function SafetyScreen() {
  const { t } = useTranslation('guide');
  return (
    <ReadingPages
      title={t('safety.title')}
      pages={[
        <div key="all">
          <p className="notice-strong">{t('safety.noHurt')}</p>
          <h2>{t('safety.signsTitle')}</h2>
          <ul className="reading-list">
            <li>{t('safety.signs.pain')}</li>
            <li>{t('safety.signs.hardRed')}</li>
            <li>{t('safety.signs.fever')}</li>
            <li>{t('safety.signs.nipples')}</li>
          </ul>
        </div>,
      ]}
    />
  );
}
