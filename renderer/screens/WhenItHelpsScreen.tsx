import { useTranslation } from 'react-i18next';
import { ReadingPages } from '../components/ReadingPages';

export function WhenItHelpsScreen() {
  const { t } = useTranslation('guide');
  return (
    <ReadingPages
      title={t('whenItHelps.title')}
      pages={[
        <div key="all">
          <ul className="reading-list">
            <li>{t('whenItHelps.noPump')}</li>
            <li>{t('whenItHelps.beforeFeed')}</li>
            <li>{t('whenItHelps.away')}</li>
            <li>{t('whenItHelps.colostrum')}</li>
          </ul>
        </div>,
      ]}
    />
  );
}
