import { useTranslation } from 'react-i18next';
import { ReadingPages } from '../components/ReadingPages';
import type { StorageFigures } from '../../electron/ipc/contract';
import { formatDuration, formatNumber, formatTemperature } from '../i18n/format';

export function StorageScreen({ figures }: { figures: StorageFigures }) {
  const { t, i18n } = useTranslation('guide');
  const lng = i18n.language;
  const { room, fridge, freezer, thawed, leftover } = figures;
  const hours = (value: number) => formatDuration(t, value, 'hour');
  const rows: [string, string][] = [
    [
      t('storage.room', { temperature: formatTemperature(lng, room.maxTempC, room.maxTempF) }),
      t('storage.roomTime', { time: hours(room.hours) }),
    ],
    [
      t('storage.fridge', { temperature: formatTemperature(lng, fridge.tempC, fridge.tempF) }),
      t('storage.fridgeTime', { time: formatDuration(t, fridge.days, 'day') }),
    ],
    [
      t('storage.freezer', { temperature: formatTemperature(lng, freezer.tempC, freezer.tempF) }),
      t('storage.freezerTime', {
        best: formatDuration(t, freezer.bestMonths, 'month'),
        max: formatDuration(t, freezer.maxMonths, 'month'),
      }),
    ],
    [
      t('storage.thawed'),
      t('storage.thawedTime', {
        min: formatNumber(lng, thawed.roomHoursMin),
        max: hours(thawed.roomHoursMax),
        fridge: hours(thawed.fridgeHours),
      }),
    ],
    [t('storage.leftover'), t('storage.leftoverTime', { time: hours(leftover.hours) })],
  ];
  return (
    <ReadingPages
      title={t('storage.title')} fitKey={JSON.stringify(figures)}
      pages={[
        <div key="all">
          <p className="notice" role="note">
            {t('storage.hospital')}
          </p>
          <p>{t('storage.intro')}</p>
          <table className="storage-table">
            <thead>
              <tr>
                <th scope="col">{t('storage.placeHeader')}</th>
                <th scope="col">{t('storage.timeHeader')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(([place, time]) => (
                <tr key={place}>
                  <th scope="row">{place}</th>
                  <td>{time}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="notice-strong">{t('storage.neverRefreeze')}</p>
        </div>,
      ]}
    />
  );
}
