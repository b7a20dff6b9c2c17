/**
 * The shape of the ward's settings as stored on disk, with the defaults a new kiosk
 * starts from. There is no default contact: the help bar asks staff to set one.
 */
import { z } from 'zod';
import { contactSchema, languageCodeSchema } from '../ipc/contract';
import { DEFAULT_TEACHING_SETTINGS, teachingSettingsSchema } from '../teaching/teaching-settings';

export const settingsSchema = z
  .object({
    wardName: z.string().trim().max(60),
    contacts: z.array(contactSchema).max(20),
    defaultLanguage: languageCodeSchema,
    languages: z.array(languageCodeSchema).min(1),
    idleTimeoutSeconds: z.number().int().min(60).max(30 * 60),
    teaching: teachingSettingsSchema,
  })
  .strict();

export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  wardName: '',
  contacts: [],
  defaultLanguage: 'en',
  languages: ['en', 'es'],
  idleTimeoutSeconds: 180,
  teaching: DEFAULT_TEACHING_SETTINGS,
};
