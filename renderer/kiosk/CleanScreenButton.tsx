import { useTranslation } from 'react-i18next';
import { useStartScreenCleaning } from './screen-cleaning';

/** The help bar's button that locks touch while staff wipe the screen. */
export function CleanScreenButton() {
  const { t } = useTranslation();
  const startCleaning = useStartScreenCleaning();
  return (
    <button type="button" className="button button-quiet button-clean" onClick={startCleaning}>
      {t('kiosk.cleaning.button')}
    </button>
  );
}
