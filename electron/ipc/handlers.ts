/**
 * The handlers behind each channel of the contract. Payloads arrive already parsed
 * by the router; handlers only do the work.
 */
import type { Guide } from './contract';
import type { Handlers } from './router';
import { HandlerRefusal } from './router';
import type { Log } from '../log';
import type { SettingsStore } from '../settings/settings-store';
import { createTeachingHandlers, type TeachingHandlerDeps } from '../teaching/teaching-handlers';
import { createAdminHandlers, type AdminHandlerDeps } from './admin-handlers';
import { createProblemReports, type ProblemReports } from './problem-reports';

export interface HandlerDeps {
  settings: SettingsStore;
  /** The active pack's guide, or null when no pack could be loaded. */
  guide: () => Promise<Guide | null>;
  log: Log;
  teaching: Omit<TeachingHandlerDeps, 'settings' | 'log'>;
  /** Tells the main process's listeners that the page reset itself after idling. */
  idleReset: () => void;
  /** Staff admin panel. */
  admin: Omit<AdminHandlerDeps, 'settings'>;
  /** Where renderer reports are counted (one per core, so its clock is the core's). */
  problemReports?: ProblemReports;
}

type PackChannel =
  'packs:list' | 'packs:import' | 'packs:restore-built-in' | 'packs:set-import-folder';

/** The handlers of every channel but the content-pack ones (see pack-handlers.ts). */
export function createHandlers(deps: HandlerDeps): Omit<Handlers, PackChannel> {
  const reports = deps.problemReports ?? createProblemReports({ log: deps.log });
  return {
    'guide:get': async () => {
      const guide = await deps.guide();
      if (!guide) throw new HandlerRefusal('unavailable');
      return guide;
    },
    'settings:get-public': () => deps.settings.getPublic(),
    'problem:report': ({ kind, subject }) => {
      reports.report(kind, subject);
      return null;
    },
    ...createTeachingHandlers({ ...deps.teaching, settings: deps.settings, log: deps.log }),
    // Kiosk lockdown
    'session:idle-reset': () => {
      deps.log.info('session: idle reset to the welcome screen');
      deps.idleReset();
      return null;
    },
    ...createAdminHandlers({ ...deps.admin, settings: deps.settings }),
  };
}
