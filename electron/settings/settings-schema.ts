/**
 * The shape of the ward's settings as stored on disk, with the defaults a new kiosk
 * starts from. There is no default contact: the help bar asks staff to set one.
 */
import { z } from 'zod';
import { clockTimeSchema, contactSchema, languageCodeSchema } from '../ipc/contract';
import { DEFAULT_TEACHING_SETTINGS, teachingSettingsSchema } from '../teaching/teaching-settings';

export const settingsSchema = z
  .object({
    wardName: z.string().trim().max(60),
    contacts: z.array(contactSchema).max(20),
    defaultLanguage: languageCodeSchema,
    languages: z.array(languageCodeSchema).min(1),
    idleTimeoutSeconds: z.number().int().min(60).max(30 * 60),
    teaching: teachingSettingsSchema,
    // Kiosk lockdown: the night theme's hours, and the hours the display is kept awake.
    nightStart: clockTimeSchema,
    nightEnd: clockTimeSchema,
    activeStart: clockTimeSchema,
    activeEnd: clockTimeSchema,
    /** Folder the content-pack import screen lists packs from ('' for none). */
    packImportFolder: z.string().trim().max(500),
  })
  .strict();

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
