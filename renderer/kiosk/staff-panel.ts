import { createContext, useContext, useEffect } from 'react';

/**
 * Tells the kiosk session whether the staff panel is open: staff are at the screen,
 * so the night shade stays off (it would drop on them the moment they save new night
 * hours, or when the night begins mid-task) and comes back once they are done.
 */
export const StaffPanelContext = createContext<(open: boolean) => void>(() => {});

export function useReportStaffPanel(open: boolean): void {
  const report = useContext(StaffPanelContext);
  useEffect(() => {
    report(open);
    return () => report(false);
  }, [report, open]);
}
