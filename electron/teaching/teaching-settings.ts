/**
 * Teaching mode's part of the ward settings: the options staff set, and the teaching
 * code, kept only as a scrypt hash (never sent to the renderer, never exported).
 */
import type { z } from 'zod';
import { teachingOptionsObject, type TeachingOptions } from '../ipc/contract';
import { secretHashSchema } from '../settings/secret-hash';

export const DEFAULT_TEACHING_OPTIONS: TeachingOptions = {
  pacerDefaultSeconds: 2,
  pacerMinSeconds: 1.5,
  pacerMaxSeconds: 3,
  switchCueMinutes: 5,
  moveHandCueSeconds: 60,
  takeHomeUrl: '',
};

export const teachingSettingsSchema = teachingOptionsObject
  .extend({ codeHash: secretHashSchema.nullable() })
  .refine(
    (o) => o.pacerMinSeconds <= o.pacerDefaultSeconds && o.pacerDefaultSeconds <= o.pacerMaxSeconds,
    { message: 'pacer-range', path: ['pacerDefaultSeconds'] },
  );

export type TeachingSettings = z.infer<typeof teachingSettingsSchema>;

export const DEFAULT_TEACHING_SETTINGS: TeachingSettings = {
  ...DEFAULT_TEACHING_OPTIONS,
  codeHash: null,
};

export function teachingOptionsOf(settings: TeachingSettings): TeachingOptions {
  return {
    pacerDefaultSeconds: settings.pacerDefaultSeconds,
    pacerMinSeconds: settings.pacerMinSeconds,
    pacerMaxSeconds: settings.pacerMaxSeconds,
    switchCueMinutes: settings.switchCueMinutes,
    moveHandCueSeconds: settings.moveHandCueSeconds,
    takeHomeUrl: settings.takeHomeUrl,
  };
}
