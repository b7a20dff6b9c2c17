import { createContext, useContext } from 'react';

/** How long touch stays off while staff wipe the screen. */
export const CLEANING_SECONDS = 30;

/** Starts screen-cleaning mode; the help bar's button calls it. */
export const ScreenCleaningContext = createContext<() => void>(() => {});

export function useStartScreenCleaning(): () => void {
  return useContext(ScreenCleaningContext);
}
