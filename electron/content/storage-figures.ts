import type { StorageFigures } from '../ipc/contract';

/**
 * CDC storage times for expressed milk (healthy full-term baby, at home).
 * Hospitals often have stricter rules; a content pack may replace these figures.
 */
export const DEFAULT_STORAGE_FIGURES: StorageFigures = {
  room: { maxTempC: 25, maxTempF: 77, hours: 4 },
  fridge: { tempC: 4, tempF: 40, days: 4 },
  freezer: { tempC: -18, tempF: 0, bestMonths: 6, maxMonths: 12 },
  thawed: { roomHoursMin: 1, roomHoursMax: 2, fridgeHours: 24 },
  leftover: { hours: 2 },
};
