import { useTranslation } from 'react-i18next';
import type { Guide } from '../../electron/ipc/contract';
import { SOURCES } from '../app/sources';
import { ReadingPages } from '../components/ReadingPages';

export function AboutScreen({ pack }: { pack: Guide['pack'] }) {
  const { t } = useTranslation('guide');
  return (
    <ReadingPages
      title={t('about.title')}
      fitKey={JSON.stringify(pack)}
      pages={[
        <div key="about">
          <p>{t('about.intro')}</p>
          <p>{t('about.inHospital')}</p>
          <p>{t('about.afterHome')}</p>
          <h2>{t('about.videosTitle')}</h2>
          <p>
            {t('about.pack', {
              title: pack.title,
              version: pack.version,
              publisher: pack.publisher,
              licence: pack.licence,
            })}
          </p>
          {pack.credits ? <p lang="en">{pack.credits}</p> : null}
        </div>,
        // Two pages of sources: the ten citations do not fit one screen in the longest
        // languages' type (the heading is translated, the citations stay as published).
        ...[SOURCES.slice(0, 6), SOURCES.slice(6)].map((sources, index) => (
          <div key={`sources-${index}`}>
            <h2>{t('about.sourcesTitle')}</h2>
            <ul className="sources" lang="en" dir="ltr">
              {sources.map((source) => (
                <li key={source}>{source}</li>
              ))}
            </ul>
          </div>
        )),
      ]}
    />
  );
}
