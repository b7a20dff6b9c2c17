/**
 * The shape of the ward's settings as stored on disk, with the defaults a new kiosk
 * starts from. There is no default contact: the help bar asks staff to set one.
 *
 * One schema per setting (`settingSchemas`), so the panel can check a field on its
 * own and the fleet policy can pin any subset; `settingsSchema` adds the rules that
 * join fields (the default language must be one patients can pick).
 */
import { z } from 'zod';
import path from 'node:path';
import { clockTimeSchema, contactSchema, hasHiddenCharacters, hasVisibleCharacter, languageCodeSchema } from '../ipc/contract';
import { DEFAULT_TEACHING_SETTINGS, teachingSettingsSchema } from '../teaching/teaching-settings';

const MAX_CONTACTS = 20;

export const settingSchemas = {
  wardName: z
    .string()
    .trim()
    .max(60, { message: 'too-long' })
    .refine((value) => !hasHiddenCharacters(value), { message: 'control-characters' })
    // Empty is allowed (no ward name shown); a name of fillers alone is not.
    .refine((value) => value === '' || hasVisibleCharacter(value), { message: 'required' }),
  contacts: z
    .array(contactSchema)
    .max(MAX_CONTACTS, { message: 'too-many' })
    .refine((contacts) => new Set(contacts.map((c) => c.id)).size === contacts.length, {
      message: 'duplicate',
    }),
  defaultLanguage: languageCodeSchema,
  languages: z
    .array(languageCodeSchema)
    .min(1, { message: 'required' })
    .max(40, { message: 'too-many' })
    .refine((languages) => new Set(languages).size === languages.length, { message: 'duplicate' }),
  idleTimeoutSeconds: z
    .number({ message: 'invalid' })
    .int({ message: 'invalid' })
    .min(60, { message: 'out-of-range' })
    .max(30 * 60, { message: 'out-of-range' }),
  teaching: teachingSettingsSchema,
  // Kiosk lockdown: the night theme's hours, and the hours the display is kept awake.
  nightStart: clockTimeSchema,
  nightEnd: clockTimeSchema,
  activeStart: clockTimeSchema,
  activeEnd: clockTimeSchema,
  /**
   * Folder the content-pack import screen lists packs from ('' for none): an absolute
   * path on this machine. The one rule for it, whether staff set it on the packs
   * screen, save it with the other settings or import it from another kiosk.
   */
  packImportFolder: z
    .string()
    .trim()
    .max(500, { message: 'too-long' })
    .refine((value) => !hasHiddenCharacters(value), { message: 'control-characters' })
    .refine((value) => value === '' || path.isAbsolute(value), { message: 'not-absolute' }),
};

export type SettingKey = keyof typeof settingSchemas;
export const SETTING_KEYS = Object.keys(settingSchemas) as SettingKey[];

export const settingsSchema = z
  .object(settingSchemas)
  .strict()
  .refine((settings) => settings.languages.includes(settings.defaultLanguage), {
    message: 'default-not-enabled',
    path: ['defaultLanguage'],
  });

export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  wardName: '',
  contacts: [],
  defaultLanguage: 'en',
  // Every shipped language, in the order the picker shows them (tests/unit/locales checks).
  languages: [
    'en',
    'es',
    'zh-Hans',
    'zh-Hant',
    'vi',
    'ar',
    'ht',
    'pt-BR',
    'tl',
    'ko',
    'ru',
    'fr',
    'fa',
    'ur',
    'bn',
    'so',
    'pl',
    'hi',
  ],
  idleTimeoutSeconds: 180,
  teaching: DEFAULT_TEACHING_SETTINGS,
  nightStart: '22:00',
  nightEnd: '06:00',
  activeStart: '06:00',
  activeEnd: '22:00',
  packImportFolder: '',
};

/** Picks the settings out of a stored object that also holds other keys (the PIN record). */
export function pickSettings(store: Record<string, unknown>): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const key of SETTING_KEYS) if (Object.hasOwn(store, key)) picked[key] = store[key];
  return picked;
}
