/**
 * What the settings file holds as a whole: the ward's settings (any missing one takes
 * its default) and the staff-access records kept beside them. Used to tell a good
 * file from a damaged one before the store opens it.
 */
import { z } from 'zod';
import { lockoutStateSchema } from '../admin/pin-lockout';
import { secretHashSchema } from './secret-hash';
import { DEFAULT_SETTINGS, pickSettings, SETTING_KEYS, settingsSchema } from './settings-schema';

export const RECOVERY_PROBLEMS = ['empty', 'truncated', 'invalid', 'unreadable', 'missing', 'too-big'] as const;

export const recoveryEventSchema = z
  .object({
    at: z.string().max(40),
    problem: z.enum(RECOVERY_PROBLEMS),
    /** `fields`: what was valid was kept, field by field (and contact by contact). */
    restored: z.enum(['last-good', 'fields', 'defaults']),
    brokenCopy: z.string().max(200).nullable(),
    /** Fields no copy held valid, set aside (they stay in the damaged copy for IT). */
    setAside: z.array(z.string().max(80)).max(50).optional(),
    /** How the last-good copy was, when it could not be used whole either. */
    lastGoodProblem: z.enum(RECOVERY_PROBLEMS).optional(),
  })
  .strict();
export type RecoveryEvent = z.infer<typeof recoveryEventSchema>;

/** The keys beside the settings; `adminPin` is the one IT deletes when a PIN is forgotten. */
export const adminStateShape = {
  adminPin: secretHashSchema.nullable().optional(),
  /**
   * A PIN record existed but no copy of it could be read: the panel stays locked until
   * IT resets the PIN (the fleet policy's `resetPin`), rather than asking for a new one.
   */
  adminPinUnreadable: z.boolean().optional(),
  adminLockout: lockoutStateSchema.optional(),
  /** The ward teaching code's wrong-code count and lock (same record and rules as the PIN's). */
  teachingLockout: lockoutStateSchema.optional(),
  /** The policy's `resetPin` value last acted on, so one reset is applied once. */
  policyPinReset: z.string().max(200).optional(),
  lastRecovery: recoveryEventSchema.optional(),
};
export const adminStateSchema = z.object(adminStateShape);
export type AdminState = z.infer<typeof adminStateSchema>;

export const ADMIN_STATE_KEYS = [
  'adminPin',
  'adminPinUnreadable',
  'adminLockout',
  'teachingLockout',
  'policyPinReset',
  'lastRecovery',
] as const satisfies readonly (keyof typeof adminStateShape)[];

/** True when `value` is a settings file the kiosk can start from. */
export function isGoodStoredFile(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  // A key no schema checks could hold anything (200,000 levels of nesting that no later
  // write can serialise); it is set aside like any other invalid field.
  const known = [...SETTING_KEYS, ...ADMIN_STATE_KEYS] as readonly string[];
  if (Object.keys(record).some((key) => !known.includes(key))) return false;
  return (
    settingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...pickSettings(record) }).success &&
    adminStateSchema.safeParse(record).success
  );
}
