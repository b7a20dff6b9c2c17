import { useTranslation } from 'react-i18next';
import { LanguageGrid } from '../components/LanguageGrid';

interface WelcomeScreenProps {
  languages: string[];
  language: string;
  onLanguage: (language: string) => void;
  onStart: () => void;
}

export function WelcomeScreen({ languages, language, onLanguage, onStart }: WelcomeScreenProps) {
  const { t } = useTranslation('guide');
  return (
    <section className="screen welcome" aria-labelledby="screen-title">
      <h1 id="screen-title" tabIndex={-1}>{t('welcome.title')}</h1>
      <p className="lead">{t('welcome.lead')}</p>
      <button type="button" className="button button-primary button-start" onClick={onStart}>
        {t('welcome.start')}
      </button>
      {languages.length > 1 ? (
        <LanguageGrid languages={languages} current={language} onSelect={onLanguage} compact />
      ) : null}
    </section>
  );
}
