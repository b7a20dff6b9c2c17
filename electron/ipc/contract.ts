/**
 * The one door between the renderer and the main process.
 *
 * Every channel is listed here with the zod schema its payload must pass and the type
 * of its result. The renderer imports this file with `import type` only; the preload
 * and the browser test host build `window.bedside` from `createBedsideApi`, so the
 * window's type is derived from code and never written twice.
 */
import { z } from 'zod';
import type { createBedsideApi } from './bedside-api';

/** The app's own origin. Everything the kiosk shows is served from here. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'bedside';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** The twelve steps of hand expression, in their fixed clinical order. */
export const STEP_IDS = [
  'wash-hands',
  'get-comfortable',
  'warm-breasts',
  'let-down',
  'c-hold',
  'hold-container',
  'press-back',
  'compress-roll',
  'lean-collect',
  'repeat-rotate',
  'switch-sides',
  'use-or-store',
] as const;
export type StepId = (typeof STEP_IDS)[number];

export const languageCodeSchema = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'not a language code');

/** A time of day as staff set it, "HH:MM" on the 24-hour clock; "24:00" ends a day. */
export const clockTimeSchema = z
  .string()
  .regex(/^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$/, 'not a time of day');

export const CONTACT_ROLES = [
  'nurse',
  'lactation',
  'midwife',
  'doctor',
  'supportGroup',
  'other',
] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];

/**
 * Codes of the reasons a setting is refused. The renderer shows a message for each
 * code in the staff's language; main sends codes only, never text.
 */
export const SETTING_ISSUE_CODES = [
  'required',
  'too-long',
  'control-characters',
  'phone-characters',
  'phone-or-extension',
  'extension-digits',
  'time-format',
  'same-times',
  'no-days',
  'duplicate',
  'out-of-range',
  'default-not-enabled',
  'too-many',
  'locked',
  'not-absolute',
  'invalid',
] as const;
export type SettingIssueCode = (typeof SETTING_ISSUE_CODES)[number];

// Control characters, bidi controls, format marks and every other character Unicode
// says to draw as nothing (Default_Ignorable_Code_Point, which covers the Hangul
// fillers, tag characters and musical formatting marks), and halves of surrogate
// pairs: any of them could hide or reorder what staff typed, so a name would read
// differently on screen than on paper. The joiners some scripts and emoji need to be
// spelled right (ZWNJ, ZWJ, variation selectors) stay allowed.
const DRAWS_NOTHING = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}\p{Cs}]/u;
function isNeededJoiner(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return code === 0x200c || code === 0x200d || (code >= 0xfe00 && code <= 0xfe0f) || (code >= 0xe0100 && code <= 0xe01ef);
}
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;

/** True when `value` holds a character that hides or reorders text. */
export function hasHiddenCharacters(value: string): boolean {
  // for…of walks code points, and yields a lone surrogate on its own.
  for (const char of value) if (DRAWS_NOTHING.test(char) && !isNeededJoiner(char)) return true;
  return false;
}

/** True when `value` draws at least one letter, digit, mark of punctuation or symbol. */
export function hasVisibleCharacter(value: string): boolean {
  for (const char of value) if (VISIBLE.test(char) && !DRAWS_NOTHING.test(char)) return true;
  return false;
}

const plainText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { message: 'required' })
    .max(max, { message: 'too-long' })
    .refine((value) => !hasHiddenCharacters(value), { message: 'control-characters' })
    .refine((value) => hasVisibleCharacter(value), { message: 'required' });

/** Days of the week, in the order staff read them on a rota. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const clockTime = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, { message: 'time-format' });

/**
 * When a contact answers: on the listed days, from `from` to `to` (24-hour clock). A
 * `to` earlier than `from` is a night shift that ends the next morning; the day is the
 * day the shift starts.
 */
export const availabilitySchema = z
  .object({
    days: z
      .array(z.enum(WEEKDAYS, { message: 'invalid' }))
      .min(1, { message: 'no-days' })
      .max(7, { message: 'duplicate' })
      .refine((days) => new Set(days).size === days.length, { message: 'duplicate' }),
    from: clockTime,
    to: clockTime,
  })
  .strict()
  .refine((a) => a.from !== a.to, { message: 'same-times', path: ['to'] });
export type Availability = z.infer<typeof availabilitySchema>;

/** A person or desk a parent can call; names and numbers are shown exactly as staff typed them. */
export const contactSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]{1,40}$/, { message: 'invalid' }),
    name: plainText(60),
    role: z.enum(CONTACT_ROLES, { message: 'invalid' }),
    phone: z
      .string()
      .trim()
      .max(30, { message: 'too-long' })
      // Digits, spaces and + - ( ); a plus only in front; at least three digits.
      .regex(/^\+?[0-9 ()-]+$/, { message: 'phone-characters' })
      .refine((value) => (value.match(/[0-9]/g) ?? []).length >= 3, {
        message: 'phone-characters',
      })
      .optional(),
    extension: z
      .string()
      .trim()
      .regex(/^[0-9]{1,8}$/, { message: 'extension-digits' })
      .optional(),
    availability: availabilitySchema.optional(),
  })
  .strict()
  .refine((contact) => contact.phone !== undefined || contact.extension !== undefined, {
    message: 'phone-or-extension',
    path: ['phone'],
  });
export type Contact = z.infer<typeof contactSchema>;

/** What the patient screens need to know about the ward's settings (never the PIN). */
export interface PublicSettings {
  wardName: string;
  contacts: Contact[];
  defaultLanguage: string;
  languages: string[];
  idleTimeoutSeconds: number;
  /** The night theme's hours ("HH:MM"); equal times mean no night theme. */
  nightStart: string;
  nightEnd: string;
}

/** Storage times for expressed milk (CDC, healthy full-term baby); a content pack may replace them. */
export interface StorageFigures {
  room: { maxTempC: number; maxTempF: number; hours: number };
  fridge: { tempC: number; tempF: number; days: number };
  freezer: { tempC: number; tempF: number; bestMonths: number; maxMonths: number };
  thawed: { roomHoursMin: number; roomHoursMax: number; fridgeHours: number };
  leftover: { hours: number };
}

export interface GuideStep {
  id: StepId;
  /** URL on the app origin, e.g. /pack/media/wash-hands.webm */
  video: string;
  poster: string;
  /** Caption track URL per language code, when the pack has one. */
  captions: Record<string, string>;
  /** Short description of the video per language code, when the pack gives one. */
  alt: Record<string, string>;
}

/** Text a pack replaces, nested like the locale files (`steps.c-hold.title`). */
export type PackTextTree = { [key: string]: string | PackTextTree };

export interface Guide {
  pack: {
    id: string;
    version: string;
    title: string;
    publisher: string;
    licence: string;
    date: string;
    credits: string;
    /** True for the pack that ships with the app. */
    builtIn: boolean;
  };
  steps: GuideStep[];
  storage: StorageFigures;
  /** The pack's text overrides by language, then namespace (only `guide` today). */
  texts: Record<string, Record<string, PackTextTree>>;
}

/** A content pack as staff see it in the import screen. */
export interface PackSummary {
  id: string;
  version: string;
  title: string;
  publisher: string;
  licence: string;
  date: string;
  builtIn: boolean;
}

/** A pack found on a removable drive or in the import folder, not yet checked. */
export interface PackCandidate {
  /** Opaque id to import it by; the renderer never sends a path. */
  id: string;
  source: 'drive' | 'folder';
  kind: 'folder' | 'zip';
  location: string;
  /** From its manifest when it can be read; the full check comes on import. */
  title: string | null;
  version: string | null;
  packId: string | null;
}

/** One thing wrong with a pack: the file it is in ("(pack)" for the whole) and what. */
export interface PackProblem {
  file: string;
  problem: string;
}

/**
 * The fleet policy's content pack, when it names one: `applying` while it is checked
 * and copied at start, `applied` once it is in use, `failed` when it could not be used
 * (the pack in use before stays).
 */
export type PolicyPackState = 'applying' | 'applied' | 'failed';

export interface PackListing {
  active: PackSummary | null;
  /** Empty while the fleet policy sets the pack (nothing can be imported then). */
  candidates: PackCandidate[];
  importFolder: string;
  importing: boolean;
  /** Set while the fleet policy names the pack: staff can neither import nor restore. */
  policyPack: PolicyPackState | null;
}

export type PackImportResult =
  { ok: true; pack: PackSummary } | { ok: false; problems: PackProblem[] };

export interface PackImportProgress {
  done: number;
  total: number;
}

/** Problems the renderer reports so that IT can read them in the log. */
export const PROBLEM_KINDS = ['video-failed', 'caption-failed', 'render-error'] as const;

// Teaching mode (issue 7): a nurse-led session the main process holds.

/** A staff PIN (6 to 8 digits) or the ward teaching code (4 to 6 digits). */
export const teachingStartSchema = z
  .object({ code: z.string().regex(/^[0-9]{4,8}$/) })
  .strict();

/** The hospital's take-home education link: https only, shown as a QR code; empty hides it. */
export const takeHomeUrlSchema = z.union([
  z.literal(''),
  z
    .string()
    .trim()
    .max(300)
    .refine((value) => !/[\p{Cc}\s\u202a-\u202e\u2066-\u2069]/u.test(value), {
      message: 'control-characters',
    })
    .refine((value) => URL.canParse(value) && new URL(value).protocol === 'https:', {
      message: 'not-https',
    }),
]);

/** What staff set for teaching mode in the admin panel (the code itself is set apart). */
export const teachingOptionsObject = z
  .object({
    /** Seconds per press-compress-relax cycle: the default, and the range a nurse may pick. */
    pacerDefaultSeconds: z.number().min(1).max(6),
    pacerMinSeconds: z.number().min(1).max(6),
    pacerMaxSeconds: z.number().min(1).max(6),
    /** When the pacer says "switch breasts", in minutes on one breast. */
    switchCueMinutes: z.number().int().min(1).max(30),
    /** How often the pacer says "move your hand", and the hand guide moves on. */
    moveHandCueSeconds: z.number().int().min(10).max(600),
    takeHomeUrl: takeHomeUrlSchema,
  })
  .strict();

export const teachingOptionsSchema = teachingOptionsObject.refine(
  (o) => o.pacerMinSeconds <= o.pacerDefaultSeconds && o.pacerDefaultSeconds <= o.pacerMaxSeconds,
  { message: 'pacer-range', path: ['pacerDefaultSeconds'] },
);
export type TeachingOptions = z.infer<typeof teachingOptionsObject>;

export type TeachingCodeProblem = 'format' | 'same-digit' | 'sequence';

export type TeachingStartResult =
  | { ok: true; config: TeachingOptions }
  | { ok: false; reason: 'wrong-code' | 'not-set' }
  | { ok: false; reason: 'locked'; retryAfterSeconds: number };

export type TeachingStatus = { active: true; config: TeachingOptions } | { active: false };
/** Staff admin panel: what crosses the door (issue 4). */
const pinInput = z.string().max(16);
const settingsPatch = z.record(z.string().max(40), z.unknown());
const placeId = z.string().regex(/^[0-9a-f]{16}$/);

/**
 * Why the admin panel cannot open at all: the fleet policy failed closed, or the PIN
 * record exists but cannot be read (IT resets it with the policy's `resetPin`).
 */
export type PanelLock = 'policy-unreadable' | 'policy-not-json' | 'policy-invalid' | 'pin-unreadable';

export interface AdminStatus {
  pinSet: boolean;
  session: boolean;
  failures: number;
  /** Epoch milliseconds when the PIN pad opens again, or null when it is open. */
  retryAt: number | null;
  panelLock: PanelLock | null;
}

export type PinProblem = 'not-digits' | 'too-short' | 'too-long' | 'same-digit' | 'straight-run';

export type UnlockResult =
  | { ok: true }
  | { ok: false; reason: 'wrong'; failures: number; retryAt: number | null }
  | { ok: false; reason: 'locked'; retryAt: number }
  | { ok: false; reason: 'no-pin' | 'panel-locked' };

export type SetPinResult =
  | { ok: true }
  | { ok: false; reason: PinProblem | 'already-set' | 'panel-locked' };

export type PolicyStatus = 'none' | 'applied' | 'malformed' | 'ignored';

export interface AdminSettingsView {
  /** What patients' screens see, and the hours the screen is kept awake. */
  settings: PublicSettings & { activeStart: string; activeEnd: string };
  /** Settings the fleet policy sets: shown as "Set by your IT department", not editable. */
  locked: string[];
  /** Why changes cannot be saved right now (they last until a restart), or null when they are saved. */
  unsaved: StorageProblem | null;
}

export type SaveSettingsResult =
  | { ok: true; view: AdminSettingsView }
  | { ok: false; issues: FieldIssue[] };

export type RecoveryProblem = 'empty' | 'truncated' | 'invalid' | 'unreadable' | 'missing' | 'too-big';

export interface RecoveryInfo {
  at: string;
  problem: RecoveryProblem;
  restored: 'last-good' | 'fields' | 'defaults';
  brokenCopy: string | null;
  /** Fields no copy held valid ("contacts.2", "wardName"), set aside; they stay in the damaged copy. */
  setAside?: string[];
  /** How the last-good copy was, when it could not be used whole either. */
  lastGoodProblem?: RecoveryProblem;
}

/** Why changes cannot be saved (the kiosk keeps them in memory until it restarts). */
export type StorageProblem = 'disk-full' | 'read-only' | 'refused' | 'failed';

export interface AboutKiosk {
  appVersion: string;
  logPath: string | null;
  settingsPath: string | null;
  lastRecovery: RecoveryInfo | null;
  /** Null when changes are saved; otherwise why they cannot be. */
  storage: StorageProblem | null;
  policy: { status: PolicyStatus; path: string };
}

export interface TransferPlace {
  id: string;
  kind: 'folder' | 'drive';
  label: string;
}
export interface TransferFile {
  name: string;
  modified: string;
}

export type ExportResult = { ok: true; fileName: string } | { ok: false; reason: 'place-gone' | 'write-failed' };
export type ImportResult =
  | { ok: true; skipped: string[] }
  | {
      ok: false;
      reason: 'place-gone' | 'unreadable' | 'too-big' | 'not-json' | 'not-settings' | 'invalid';
      issues?: FieldIssue[];
    };

/** Input schema of every channel. A channel that takes nothing takes `undefined`. */
export const inputSchemas = {
  'guide:get': z.undefined(),
  'settings:get-public': z.undefined(),
  'problem:report': z
    .object({
      kind: z.enum(PROBLEM_KINDS),
      // A media path or component name, never anything about a patient.
      subject: z.string().max(200),
    })
    .strict(),
  // Teaching mode (issue 7)
  'teaching:start': teachingStartSchema,
  'teaching:status': z.undefined(),
  'teaching:end': z.undefined(),
  'teaching:get-options': z.undefined(),
  // Checked field by field in the handler, so the panel can show each problem in place.
  'teaching:save-options': z.record(z.string(), z.unknown()),
  'teaching:set-code': z.object({ code: z.string().max(16) }).strict(),
  // Kiosk lockdown
  'session:idle-reset': z.undefined(),
  // Content packs (issue 6): staff only, behind the admin session.
  'packs:list': z.undefined(),
  'packs:import': z.object({ candidateId: z.string().regex(/^[0-9a-f]{16}$/) }).strict(),
  'packs:restore-built-in': z.undefined(),
  'packs:set-import-folder': z
    .object({
      // Empty clears it; otherwise an absolute path on this machine.
      folder: z.string().trim().max(500),
    })
    .strict(),
  // Staff admin panel (issue 4): all but status, first PIN and unlock need an open session.
  'admin:status': z.undefined(),
  'admin:set-first-pin': z.object({ pin: pinInput }).strict(),
  'admin:unlock': z.object({ pin: pinInput }).strict(),
  'admin:change-pin': z.object({ pin: pinInput }).strict(),
  'admin:activity': z.undefined(),
  'admin:end': z.undefined(),
  'admin:get-settings': z.undefined(),
  'admin:validate': z.object({ patch: settingsPatch }).strict(),
  'admin:save': z.object({ patch: settingsPatch }).strict(),
  'admin:about': z.undefined(),
  'admin:transfer-places': z.undefined(),
  'admin:transfer-files': z.object({ place: placeId }).strict(),
  'admin:export': z.object({ place: placeId }).strict(),
  'admin:import': z.object({ place: placeId, file: z.string().min(1).max(130) }).strict(),
  'admin:exit-kiosk': z.undefined(),
} as const;

export type Channel = keyof typeof inputSchemas;

/** Result type of every channel. */
export interface ChannelResults {
  'guide:get': Guide;
  'settings:get-public': PublicSettings;
  'problem:report': null;
  // Teaching mode (issue 7)
  'teaching:start': TeachingStartResult;
  'teaching:status': TeachingStatus;
  'teaching:end': null;
  'teaching:get-options': { options: TeachingOptions; codeSet: boolean };
  'teaching:save-options': { ok: true; options: TeachingOptions } | { ok: false; issues: FieldIssue[] };
  'teaching:set-code': { ok: true } | { ok: false; problem: TeachingCodeProblem };
  // Kiosk lockdown
  'session:idle-reset': null;
  // Content packs (issue 6)
  'packs:list': PackListing;
  'packs:import': PackImportResult;
  'packs:restore-built-in': PackSummary;
  'packs:set-import-folder': { ok: true } | { ok: false; problem: 'not-absolute' | 'not-a-folder' };
  // Staff admin panel (issue 4)
  'admin:status': AdminStatus;
  'admin:set-first-pin': SetPinResult;
  'admin:unlock': UnlockResult;
  'admin:change-pin': SetPinResult;
  'admin:activity': boolean;
  'admin:end': null;
  'admin:get-settings': AdminSettingsView;
  'admin:validate': FieldIssue[];
  'admin:save': SaveSettingsResult;
  'admin:about': AboutKiosk;
  'admin:transfer-places': TransferPlace[];
  'admin:transfer-files': TransferFile[];
  'admin:export': ExportResult;
  'admin:import': ImportResult;
  'admin:exit-kiosk': null;
}

export type ChannelInput<C extends Channel> = z.input<(typeof inputSchemas)[C]>;

/** Events the main process pushes to the renderer. */
export interface EventPayloads {
  'settings:changed': PublicSettings;
  'teaching:changed': TeachingStatus;
  // Content packs (issue 6)
  'guide:changed': Guide;
  'packs:progress': PackImportProgress;
  // Staff admin panel (issue 4): the main process closed the session (Done, idle reset, 5 min).
  'admin:session-ended': { reason: 'done' | 'idle-reset' | 'reload' | 'timeout' | 'pin-reset' };
}
export type EventName = keyof EventPayloads;

/**
 * Why a call was refused. The renderer shows a message for each code, never raw text.
 * `managed`: the fleet policy sets this, so staff cannot change it in the panel.
 */
export type ErrorCode =
  'bad-channel' | 'bad-payload' | 'forbidden' | 'unavailable' | 'managed' | 'internal';

export interface FieldIssue {
  path: string;
  code: string;
}

/** Every call resolves to an envelope: errors cross the door as data, not as thrown text. */
export type Envelope<T> =
  { ok: true; value: T } | { ok: false; error: { code: ErrorCode; issues?: FieldIssue[] } };

/** What the preload exposes as `window.bedside`: every call answers with an envelope. */
export type BridgeApi = ReturnType<typeof createBedsideApi>;

type Unwrapped<F> = F extends (...args: infer A) => Promise<Envelope<infer T>>
  ? (...args: A) => Promise<T>
  : F;

/** The API the renderer calls through renderer/host.ts: a refused call throws there. */
export type BedsideApi = { [K in keyof BridgeApi]: Unwrapped<BridgeApi[K]> };
