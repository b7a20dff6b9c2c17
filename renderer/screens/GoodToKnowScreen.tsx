import { useTranslation } from 'react-i18next';
import { ReadingPages } from '../components/ReadingPages';

export function GoodToKnowScreen() {
  const { t } = useTranslation('guide');
  return (
    <ReadingPages
      title={t('goodToKnow.title')}
      pages={[
        <div key="helps" className="two-columns">
          <div className="card">
            <h2>{t('goodToKnow.helpsTitle')}</h2>
            <ul className="reading-list">
              <li>{t('goodToKnow.helps.free')}</li>
              <li>{t('goodToKnow.helps.container')}</li>
              <li>{t('goodToKnow.helps.quiet')}</li>
              <li>{t('goodToKnow.helps.comfort')}</li>
              <li>{t('goodToKnow.helps.withPump')}</li>
              <li>{t('goodToKnow.helps.learn')}</li>
            </ul>
          </div>
          <div className="card">
            <h2>{t('goodToKnow.harderTitle')}</h2>
            <ul className="reading-list">
              <li>{t('goodToKnow.harder.practice')}</li>
              <li>{t('goodToKnow.harder.time')}</li>
              <li>{t('goodToKnow.harder.notForEveryone')}</li>
            </ul>
          </div>
        </div>,
        <div key="facts" className="card">
          <h2>{t('goodToKnow.factsTitle')}</h2>
          <ul className="reading-list">
            <li>{t('goodToKnow.facts.flow')}</li>
            <li>{t('goodToKnow.facts.colostrum')}</li>
            <li>{t('goodToKnow.facts.separated')}</li>
            <li>{t('goodToKnow.facts.premature')}</li>
          </ul>
        </div>,
        // The two studies, on a page of their own: their sentences are the longest.
        <div key="studies" className="card">
          <h2>{t('goodToKnow.factsTitle')}</h2>
          <ul className="reading-list">
            <li>{t('goodToKnow.facts.studyPremature')}</li>
            <li>{t('goodToKnow.facts.studyTerm')}</li>
          </ul>
        </div>,
      ]}
    />
  );
}
