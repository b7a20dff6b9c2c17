/**
 * Builds `window.bedside`: the named methods the renderer may call.
 *
 * Runs in the real preload (over ipcRenderer) and in the browser test host (over
 * Playwright's exposeBinding). It imports only types from the contract, so the
 * sandboxed preload stays small; the main process validates every payload anyway.
 *
 * Every call answers with an envelope, plain data, and never throws: contextBridge
 * copies an Error with its message only (its code and issues would be lost), so the
 * refusal travels as data and renderer/host.ts turns it into an error on the far side.
 */
import type {
  Channel,
  ChannelInput,
  ChannelResults,
  Envelope,
  EventName,
  EventPayloads,
  Guide,
  PackImportProgress,
  PROBLEM_KINDS,
  PublicSettings,
  TeachingOptions,
  TeachingStatus,
} from './contract';

/** Every event the main process may push; the preload subscribes to nothing else. */
export const EVENT_NAMES: readonly EventName[] = [
  'settings:changed',
  'teaching:changed',
  'guide:changed',
  'packs:progress',
  'admin:session-ended',
];

export interface Transport {
  invoke(channel: Channel, payload: unknown): Promise<unknown>;
  subscribe(event: EventName, listener: (payload: unknown) => void): () => void;
}

export function createBedsideApi(transport: Transport) {
  async function call<C extends Channel>(
    channel: C,
    payload: ChannelInput<C>,
  ): Promise<Envelope<ChannelResults[C]>> {
    try {
      return (await transport.invoke(channel, payload)) as Envelope<ChannelResults[C]>;
    } catch {
      // ipcRenderer.invoke rejects when no handler is registered yet (a failed start) or a
      // payload cannot be cloned; the page gets a refusal it understands, not a bare Error.
      return { ok: false, error: { code: 'unavailable' } };
    }
  }
  function on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void) {
    return transport.subscribe(event, (payload) => listener(payload as EventPayloads[E]));
  }
  return {
    getGuide: () => call('guide:get', undefined),
    getPublicSettings: () => call('settings:get-public', undefined),
    reportProblem: (kind: (typeof PROBLEM_KINDS)[number], subject: string) =>
      call('problem:report', { kind, subject }),
    /** Returns a function that stops listening. */
    onSettingsChanged: (listener: (settings: PublicSettings) => void) =>
      on('settings:changed', listener),
    // Teaching mode (issue 7)
    startTeaching: (code: string) => call('teaching:start', { code }),
    getTeachingStatus: () => call('teaching:status', undefined),
    endTeaching: () => call('teaching:end', undefined),
    getTeachingOptions: () => call('teaching:get-options', undefined),
    saveTeachingOptions: (options: TeachingOptions) =>
      call('teaching:save-options', { ...options }),
    setTeachingCode: (code: string) => call('teaching:set-code', { code }),
    /** Returns a function that stops listening. */
    onTeachingChanged: (listener: (status: TeachingStatus) => void) =>
      on('teaching:changed', listener),
    // Kiosk lockdown
    /** The page went back to the welcome screen after nobody touched it: end every session. */
    reportIdleReset: () => call('session:idle-reset', undefined),
    // Content packs (issue 6)
    /** Returns a function that stops listening. */
    onGuideChanged: (listener: (guide: Guide) => void) => on('guide:changed', listener),
    listPacks: () => call('packs:list', undefined),
    importPack: (candidateId: string) => call('packs:import', { candidateId }),
    restoreBuiltInPack: () => call('packs:restore-built-in', undefined),
    setPackImportFolder: (folder: string) => call('packs:set-import-folder', { folder }),
    /** Returns a function that stops listening. */
    onPackImportProgress: (listener: (progress: PackImportProgress) => void) =>
      on('packs:progress', listener),
    // Staff admin panel (issue 4)
    adminStatus: () => call('admin:status', undefined),
    adminSetFirstPin: (pin: string) => call('admin:set-first-pin', { pin }),
    adminUnlock: (pin: string) => call('admin:unlock', { pin }),
    adminChangePin: (pin: string) => call('admin:change-pin', { pin }),
    /** Staff touched the panel; false when the session has already ended. */
    adminActivity: () => call('admin:activity', undefined),
    adminEnd: () => call('admin:end', undefined),
    adminGetSettings: () => call('admin:get-settings', undefined),
    adminValidate: (patch: Record<string, unknown>) => call('admin:validate', { patch }),
    adminSave: (patch: Record<string, unknown>) => call('admin:save', { patch }),
    adminAbout: () => call('admin:about', undefined),
    adminTransferPlaces: () => call('admin:transfer-places', undefined),
    adminTransferFiles: (place: string) => call('admin:transfer-files', { place }),
    adminExport: (place: string) => call('admin:export', { place }),
    adminImport: (place: string, file: string) => call('admin:import', { place, file }),
    adminExitKiosk: () => call('admin:exit-kiosk', undefined),
    onAdminSessionEnded: (listener: (event: EventPayloads['admin:session-ended']) => void) =>
      on('admin:session-ended', listener),
  };
}
