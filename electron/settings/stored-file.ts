/**
 * What the settings file holds as a whole: the ward's settings (any missing one takes
 * its default) and the staff-access records kept beside them. Used to tell a good
 * file from a damaged one before the store opens it.
 */
import { z } from 'zod';
import { lockoutStateSchema } from '../admin/pin-lockout';
import { secretHashSchema } from './secret-hash';
import { DEFAULT_SETTINGS, pickSettings, settingsSchema } from './settings-schema';

export const RECOVERY_PROBLEMS = ['empty', 'truncated', 'invalid', 'unreadable', 'missing'] as const;

export const recoveryEventSchema = z
  .object({
    at: z.string().max(40),
    problem: z.enum(RECOVERY_PROBLEMS),
    restored: z.enum(['last-good', 'defaults']),
    brokenCopy: z.string().max(200).nullable(),
  })
  .strict();
export type RecoveryEvent = z.infer<typeof recoveryEventSchema>;

/** The keys beside the settings; `adminPin` is the one IT deletes when a PIN is forgotten. */
export const adminStateSchema = z.object({
  adminPin: secretHashSchema.nullable().optional(),
  adminLockout: lockoutStateSchema.optional(),
  /** The ward teaching code's wrong-code count and lock (same record and rules as the PIN's). */
  teachingLockout: lockoutStateSchema.optional(),
  /** The policy's `resetPin` value last acted on, so one reset is applied once. */
  policyPinReset: z.string().max(200).optional(),
  lastRecovery: recoveryEventSchema.optional(),
});
export type AdminState = z.infer<typeof adminStateSchema>;

export const ADMIN_STATE_KEYS = [
  'adminPin',
  'adminLockout',
  'teachingLockout',
  'policyPinReset',
  'lastRecovery',
] as const;

/** True when `value` is a settings file the kiosk can start from. */
export function isGoodStoredFile(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  return (
    settingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...pickSettings(record) }).success &&
    adminStateSchema.safeParse(record).success
  );
}
