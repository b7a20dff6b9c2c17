import { useTranslation } from 'react-i18next';

/**
 * The night theme: a warm, dark veil over the whole screen. The first touch only
 * lifts it, so a sleepy hand does not also press whatever was underneath: the veil
 * takes the whole tap (press and release) before it goes.
 */
export function NightShade({ onWake }: { onWake: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="night-shade" data-testid="night-shade" onClick={onWake}>
      <p className="night-shade-hint">{t('kiosk.night.wake')}</p>
    </div>
  );
}
