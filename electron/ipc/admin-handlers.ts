/**
 * The staff admin panel's channels. Everything but the status, the first PIN and the
 * unlock refuses to run without an admin session held by the main process.
 */
import type { AdminAccess } from '../admin/admin-access';
import type { SettingsTransfer } from '../admin/settings-transfer';
import type { SettingsStore } from '../settings/settings-store';
import type { AboutKiosk, AdminSettingsView, Channel } from './contract';
import type { Handlers } from './router';

export type AdminChannel = Extract<Channel, `admin:${string}`>;

export interface AdminHandlerDeps {
  access: AdminAccess;
  settings: SettingsStore;
  transfer: SettingsTransfer;
  about: () => AboutKiosk;
  /** Leaves the kiosk for maintenance (the window's close guard lets this one through). */
  exitKiosk: () => void;
}

export function createAdminHandlers(deps: AdminHandlerDeps): Pick<Handlers, AdminChannel> {
  const { access, settings, transfer } = deps;
  const view = (): AdminSettingsView => {
    const { activeStart, activeEnd } = settings.get();
    return {
      settings: { ...settings.getPublic(), activeStart, activeEnd },
      locked: settings.locked(),
      unsaved: settings.storageProblem(),
    };
  };
  const guarded =
    <A extends unknown[], R>(run: (...args: A) => R) =>
    (...args: A): R => {
      access.requireSession();
      return run(...args);
    };
  return {
    'admin:status': () => access.status(),
    'admin:set-first-pin': ({ pin }) => access.setFirstPin(pin),
    'admin:unlock': ({ pin }) => access.unlock(pin),
    'admin:change-pin': ({ pin }) => access.changePin(pin),
    'admin:activity': () => access.touch(),
    'admin:end': () => {
      access.end('done');
      return null;
    },
    'admin:get-settings': guarded(view),
    'admin:validate': guarded(({ patch }) => settings.validate(patch)),
    'admin:save': guarded(({ patch }) => {
      const result = settings.save(patch);
      return result.ok ? { ok: true as const, view: view() } : result;
    }),
    'admin:about': guarded(() => deps.about()),
    'admin:transfer-places': guarded(() => transfer.listPlaces()),
    'admin:transfer-files': guarded(({ place }) => transfer.listFiles(place) ?? []),
    'admin:export': guarded(({ place }) => transfer.exportTo(place)),
    'admin:import': guarded(({ place, file }) => transfer.importFrom(place, file)),
    'admin:exit-kiosk': guarded(() => {
      access.end('done');
      deps.exitKiosk();
      return null;
    }),
  };
}
