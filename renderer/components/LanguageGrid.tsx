import { useTranslation } from 'react-i18next';
import { directionOf, endonymOf } from '../i18n/languages';

interface LanguageGridProps {
  languages: string[];
  current: string;
  onSelect: (language: string) => void;
  /** A smaller grid, for the welcome screen. */
  compact?: boolean;
}

/** Each language written in itself (never a flag), as large buttons. */
export function LanguageGrid({ languages, current, onSelect, compact }: LanguageGridProps) {
  const { t } = useTranslation();
  return (
    <ul className={compact ? 'language-grid compact' : 'language-grid'} aria-label={t('language.title')}>
      {languages.map((language) => (
        <li key={language}>
          <button
            type="button"
            lang={language}
            dir={directionOf(language)}
            className={language === current ? 'button language-button current' : 'button language-button'}
            aria-pressed={language === current}
            onClick={() => onSelect(language)}
          >
            <span className="endonym">{endonymOf(language)}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
