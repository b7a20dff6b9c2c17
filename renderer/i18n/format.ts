/**
 * Numbers with units in the reader's language, through Intl, so plurals and digits
 * are right in every locale ("4 hours", "4 horas", "٤ ساعات").
 */
export type DurationUnit = 'hour' | 'day' | 'month';

export function formatDuration(language: string, value: number, unit: DurationUnit): string {
  return new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'long' }).format(
    value,
  );
}

/** "25 °C (77 °F)": both scales, so nobody has to convert. */
export function formatTemperature(language: string, celsius: number, fahrenheit: number): string {
  const format = (value: number, unit: 'celsius' | 'fahrenheit') =>
    new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'short' }).format(value);
  return `${format(celsius, 'celsius')} (${format(fahrenheit, 'fahrenheit')})`;
}
