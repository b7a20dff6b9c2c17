/**
 * Field-by-field rescue of a settings file today's schema refuses in part. One bad
 * field (an extension "41S0" typed in by hand, a rule a later version tightened) must
 * cost that field alone, never the ward's contacts or the PIN.
 *
 * Each setting and each staff-access record is checked on its own, the newest copy
 * first (the file, then its last-good copy); each contact on its own. What no copy
 * holds valid is set aside (named for staff) and takes its default, except the PIN:
 * a PIN record that exists but cannot be read is "unreadable", never "no PIN",
 * so nobody can claim the panel by damaging the file.
 */
import type { z } from 'zod';
import { contactSchema } from '../ipc/contract';
import { DEFAULT_SETTINGS, settingSchemas, SETTING_KEYS, type SettingKey } from './settings-schema';
import { ADMIN_STATE_KEYS, adminStateShape } from './stored-file';

type Copy = Record<string, unknown> | null;

export interface Salvage {
  /** Every setting and record that could be kept, ready to store. */
  values: Record<string, unknown>;
  /** What was refused, as field paths ("contacts.2", "wardName", "adminPin"). */
  setAside: string[];
  /** A PIN record exists in the damaged data but no copy holds a readable one. */
  pinUnreadable: boolean;
}

const MAX_CONTACTS = 20;
/** Enough to name every field of a damaged file; a file with thousands of keys gets a count. */
const MAX_SET_ASIDE = 50;

export function asRecord(value: unknown): Copy {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

function parsed<T>(schema: z.ZodType<T>, value: unknown): { ok: true; value: T } | { ok: false } {
  const result = schema.safeParse(value);
  return result.success ? { ok: true, value: result.data } : { ok: false };
}

/**
 * Contacts one by one: the file's valid ones in their order; one the file holds
 * damaged comes back from the last-good copy when that holds it (same id) valid, and
 * contacts only the last-good copy holds are added after them. A damaged file is no
 * proof that a contact was deleted; staff see the list and the notice, and can
 * delete one again, but a lost contact is a call a parent cannot make.
 */
function salvageContacts(current: unknown, lastGood: unknown, setAside: string[]): unknown[] {
  const source = Array.isArray(current) ? current : Array.isArray(lastGood) ? lastGood : null;
  if (source === null) {
    if (current !== undefined || lastGood !== undefined) setAside.push('contacts');
    return [];
  }
  if (source !== current && current !== undefined) setAside.push('contacts');
  const backup = new Map<string, unknown>();
  if (source === current && Array.isArray(lastGood)) {
    for (const item of lastGood) {
      const check = parsed(contactSchema, item);
      if (check.ok && !backup.has(check.value.id)) backup.set(check.value.id, check.value);
    }
  }
  const kept: unknown[] = [];
  const ids = new Set<string>();
  source.forEach((item, index) => {
    let check = parsed(contactSchema, item);
    const id = asRecord(item)?.id;
    if (!check.ok && typeof id === 'string' && backup.has(id)) check = parsed(contactSchema, backup.get(id));
    if (!check.ok || ids.has(check.value.id) || kept.length >= MAX_CONTACTS) {
      setAside.push(`contacts.${index}`);
      return;
    }
    ids.add(check.value.id);
    kept.push(check.value);
  });
  for (const [id, contact] of backup) {
    if (ids.has(id) || kept.length >= MAX_CONTACTS) continue;
    ids.add(id);
    kept.push(contact);
  }
  return kept;
}

/** Rescues what can be kept from the file (`current`) and its last-good copy. */
export function salvageSettings(current: Copy, lastGood: Copy): Salvage {
  const setAside: string[] = [];
  const values: Record<string, unknown> = {};
  const has = (copy: Copy, key: string) => copy !== null && Object.hasOwn(copy, key);

  for (const key of SETTING_KEYS) {
    if (!has(current, key) && !has(lastGood, key)) continue;
    const fromFile = has(current, key) ? parsed(settingSchemas[key] as z.ZodType, current![key]) : null;
    if (fromFile?.ok) {
      values[key] = fromFile.value;
      continue;
    }
    if (key === 'contacts') {
      values.contacts = salvageContacts(current?.contacts, lastGood?.contacts, setAside);
      continue;
    }
    const fromCopy = has(lastGood, key) ? parsed(settingSchemas[key as SettingKey] as z.ZodType, lastGood![key]) : null;
    if (fromFile !== null) setAside.push(key);
    if (fromCopy?.ok) values[key] = fromCopy.value;
    else if (fromFile === null) setAside.push(key);
  }
  // The rule joining two fields: patients must be able to pick the default language.
  const languages = (values.languages as string[] | undefined) ?? DEFAULT_SETTINGS.languages;
  const defaultLanguage = (values.defaultLanguage as string | undefined) ?? DEFAULT_SETTINGS.defaultLanguage;
  if (!languages.includes(defaultLanguage)) {
    values.defaultLanguage = languages[0];
    if (!setAside.includes('defaultLanguage')) setAside.push('defaultLanguage');
  }

  let pinUnreadable = false;
  for (const key of ADMIN_STATE_KEYS) {
    if (!has(current, key) && !has(lastGood, key)) continue;
    const schema = adminStateShape[key] as z.ZodType;
    const fromFile = has(current, key) ? parsed(schema, current![key]) : null;
    const fromCopy = has(lastGood, key) ? parsed(schema, lastGood![key]) : null;
    if (fromFile?.ok) {
      values[key] = fromFile.value;
      continue;
    }
    if (fromFile !== null) setAside.push(key);
    // The last-good copy is saved with the file, so it holds the same record; for the
    // PIN only a real record counts, since "no PIN" would let anyone claim the panel.
    const usable = fromCopy?.ok && (key !== 'adminPin' || fromFile === null || fromCopy.value !== null);
    if (usable) {
      values[key] = fromCopy.value;
      continue;
    }
    if (fromFile === null) setAside.push(key);
    if (key === 'adminPin' || key === 'adminPinUnreadable') pinUnreadable = true;
  }
  if (values.adminPinUnreadable === true) pinUnreadable = true;
  if (pinUnreadable) {
    delete values.adminPin;
    values.adminPinUnreadable = true;
  }

  for (const copy of [current, lastGood]) {
    for (const key of Object.keys(copy ?? {})) {
      const known = (SETTING_KEYS as string[]).includes(key) || (ADMIN_STATE_KEYS as readonly string[]).includes(key);
      if (!known && !setAside.includes(key)) setAside.push(key);
    }
  }
  const listed = setAside.length > MAX_SET_ASIDE
    ? [...setAside.slice(0, MAX_SET_ASIDE - 1), `${setAside.length - MAX_SET_ASIDE + 1} more`]
    : setAside;
  return { values, setAside: listed.map((entry) => entry.slice(0, 80)), pinUnreadable };
}
