import { useTranslation } from 'react-i18next';
import { LanguageGrid } from '../components/LanguageGrid';

interface LanguageScreenProps {
  languages: string[];
  language: string;
  onSelect: (language: string) => void;
}

export function LanguageScreen({ languages, language, onSelect }: LanguageScreenProps) {
  const { t } = useTranslation();
  return (
    <section className="screen language-screen" aria-labelledby="screen-title">
      <h1 id="screen-title" tabIndex={-1}>{t('language.title')}</h1>
      <LanguageGrid languages={languages} current={language} onSelect={onSelect} />
    </section>
  );
}
