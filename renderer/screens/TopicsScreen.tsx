import { useTranslation } from 'react-i18next';
import type { TopicScreen } from '../app/navigation';

const TOPICS: readonly TopicScreen[] = [
  'overview',
  'whenItHelps',
  'goodToKnow',
  'storage',
  'safety',
  'about',
];

export function TopicsScreen({ onTopic }: { onTopic: (topic: TopicScreen) => void }) {
  const { t } = useTranslation();
  const label: Record<TopicScreen, string> = {
    overview: t('topics.steps'),
    whenItHelps: t('topics.whenItHelps'),
    goodToKnow: t('topics.goodToKnow'),
    storage: t('topics.storage'),
    safety: t('topics.safety'),
    about: t('topics.about'),
  };
  return (
    <section className="screen topics" aria-labelledby="screen-title">
      <h1 id="screen-title" tabIndex={-1}>{t('topics.title')}</h1>
      <ul className="topic-grid">
        {TOPICS.map((topic) => (
          <li key={topic}>
            <button type="button" className="button topic-button" onClick={() => onTopic(topic)}>
              {label[topic]}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
