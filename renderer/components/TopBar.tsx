import { useTranslation } from 'react-i18next';
import { endonymOf } from '../i18n/languages';
import { Icon } from './Icon';

interface TopBarProps {
  language: string;
  onHome: () => void;
  onTopics: () => void;
  onLanguage: () => void;
}

/** Home, topics and language: one tap away on every screen. */
export function TopBar({ language, onHome, onTopics, onLanguage }: TopBarProps) {
  const { t } = useTranslation();
  return (
    <header className="top-bar">
      <nav className="top-bar-nav" aria-label={t('appName')}>
        <button type="button" className="button button-bar" onClick={onHome}>
          <Icon name="home" /> {t('nav.home')}
        </button>
        <button type="button" className="button button-bar" onClick={onTopics}>
          <Icon name="topics" /> {t('nav.topics')}
        </button>
      </nav>
      <button
        type="button"
        className="button button-bar button-language"
        onClick={onLanguage}
        aria-label={`${t('nav.language')}: ${endonymOf(language)}`}
      >
        <Icon name="globe" /> <bdi className="endonym">{endonymOf(language)}</bdi>
      </button>
    </header>
  );
}
