/**
 * Numbers with units in the reader's language. Durations come from each locale's
 * plural forms (storage.units), so every language has translator-written words even
 * where the browser's Intl data has none (Haitian Creole); numbers and temperatures
 * go through Intl, so digits are the language's own ("৪ ঘণ্টা", "۴ ساعت").
 */
import type { TFunction } from 'i18next';

export type DurationUnit = 'hour' | 'day' | 'week' | 'month';

export function formatDuration(t: TFunction<'guide'>, value: number, unit: DurationUnit): string {
  switch (unit) {
    case 'hour':
      return t('storage.units.hour', { count: value });
    case 'day':
      return t('storage.units.day', { count: value });
    case 'week':
      return t('storage.units.week', { count: value });
    case 'month':
      return t('storage.units.month', { count: value });
  }
}

export function formatNumber(language: string, value: number): string {
  return new Intl.NumberFormat(language).format(value);
}

/** "25 °C (77 °F)": both scales, so nobody has to convert. */
export function formatTemperature(language: string, celsius: number, fahrenheit: number): string {
  const format = (value: number, unit: 'celsius' | 'fahrenheit') =>
    new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'short' }).format(value);
  return `${format(celsius, 'celsius')} (${format(fahrenheit, 'fahrenheit')})`;
}
