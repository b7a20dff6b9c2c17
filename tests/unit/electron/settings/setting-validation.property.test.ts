/**
 * Property-based runs against every setting's schema: random and near-valid inputs,
 * 10,000 per setting. Each accepted value is checked by an independent oracle (0
 * invalid accepted) and no input may throw (0 crashes).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { availabilitySchema, contactSchema } from '../../../../electron/ipc/contract';
import { settingSchemas } from '../../../../electron/settings/settings-schema';

const RUNS = 10_000;
let totalRuns = 0;

const HIDDEN = ['\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\u061c', '\u200b', '\u200e', '\u200f', '\u2028', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u2060', '\ufeff'];
const NASTY = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"; DROP TABLE x; --', '{{name}}', '$t(help.title)', '\u202egnp.exe', 'Ana\u2066x', '  ', '\t', 'محمد', '王芳', 'Zoë'];
const hiddenFree = (value: string) => !/[\p{Cc}\u061c\u200b\u200e\u200f\u2028-\u202e\u2060-\u2069\ufeff]/u.test(value);
const codeRe = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const timeRe = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;

/** Text that is often almost right: typed names, pasted junk, hidden characters, very long. */
const text = fc.oneof(
  fc.string({ maxLength: 70 }),
  fc.string({ unit: 'grapheme', maxLength: 70 }),
  fc.constantFrom(...NASTY),
  fc.tuple(fc.string({ maxLength: 30 }), fc.constantFrom(...HIDDEN), fc.string({ maxLength: 30 })).map((p) => p.join('')),
  fc.string({ minLength: 55, maxLength: 65, unit: fc.constantFrom('a', ' ', 'é') }),
);
const phoneish = fc.oneof(
  fc.string({ maxLength: 34, unit: fc.constantFrom(...'0123456789 +-()x#.a'.split('')) }),
  fc.constantFrom('555-0100', '+1 (555) 010-4100', '++1', '12', '1+2', '(', '+44 20 7946 0000', ''),
);
const timeish = fc.oneof(
  fc.tuple(fc.integer({ min: -1, max: 25 }), fc.integer({ min: -1, max: 61 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
  fc.constantFrom('8:00', '08:00', '24:00', '23:59', '00:00', 'noon', ''),
);
const availabilityish = fc.oneof(
  fc.record({ days: fc.array(fc.oneof(fc.constantFrom(...DAYS), fc.string({ maxLength: 4 })), { maxLength: 9 }), from: timeish, to: timeish }),
  fc.anything(),
);
/** Contacts a nurse would really type, with one field sometimes swapped for junk. */
const plausibleContact = fc.record(
  {
    id: fc.stringMatching(/^[a-z0-9-]{1,40}$/),
    name: fc.oneof(fc.constantFrom('Ana Pérez', 'Lactation team', 'محمد', '王芳', ' Zoë '), text),
    role: fc.constantFrom('nurse', 'lactation', 'midwife', 'doctor', 'supportGroup', 'other'),
    phone: fc.oneof(fc.constantFrom('555-0100', '+1 (555) 010-4100', ' 555 0199 '), phoneish),
    extension: fc.stringMatching(/^[0-9]{1,9}$/),
    availability: fc.oneof(
      fc.record({ days: fc.uniqueArray(fc.constantFrom(...DAYS), { minLength: 1, maxLength: 7 }), from: fc.constantFrom('08:00', '20:00'), to: timeish }),
      availabilityish,
    ),
  },
  { requiredKeys: ['id', 'name', 'role'] },
);
const contactish = fc.oneof(
  plausibleContact,
  fc.record(
    {
      id: fc.oneof(fc.stringMatching(/^[a-z0-9-]{1,40}$/), fc.string({ maxLength: 45 })),
      name: text,
      role: fc.oneof(fc.constantFrom('nurse', 'lactation', 'midwife', 'doctor', 'supportGroup', 'other'), fc.string({ maxLength: 12 })),
      phone: phoneish,
      extension: fc.oneof(fc.stringMatching(/^[0-9]{0,10}$/), fc.string({ maxLength: 10 })),
      availability: availabilityish,
      extra: fc.anything(),
    },
    { requiredKeys: ['id', 'name', 'role'] },
  ),
  fc.anything(),
);

function validAvailability(value: unknown): boolean {
  const a = value as { days: unknown; from: unknown; to: unknown };
  return (
    typeof a === 'object' && a !== null && Object.keys(a).every((k) => ['days', 'from', 'to'].includes(k)) &&
    Array.isArray(a.days) && a.days.length >= 1 && new Set(a.days).size === a.days.length && a.days.every((d) => DAYS.includes(d as string)) &&
    typeof a.from === 'string' && timeRe.test(a.from) && typeof a.to === 'string' && timeRe.test(a.to) && a.from !== a.to
  );
}

function validContact(value: unknown): boolean {
  const c = value as Record<string, unknown>;
  if (typeof c !== 'object' || c === null || Array.isArray(c)) return false;
  if (!Object.keys(c).every((k) => ['id', 'name', 'role', 'phone', 'extension', 'availability'].includes(k))) return false;
  const name = typeof c.name === 'string' ? c.name.trim() : null;
  const phone = typeof c.phone === 'string' ? c.phone.trim() : c.phone;
  const extension = typeof c.extension === 'string' ? c.extension.trim() : c.extension;
  return (
    typeof c.id === 'string' && /^[a-z0-9-]{1,40}$/.test(c.id) &&
    name !== null && name.length >= 1 && name.length <= 60 && hiddenFree(name) &&
    ['nurse', 'lactation', 'midwife', 'doctor', 'supportGroup', 'other'].includes(c.role as string) &&
    (phone === undefined || (typeof phone === 'string' && phone.length <= 30 && /^\+?[0-9 ()-]+$/.test(phone) && (phone.match(/[0-9]/g) ?? []).length >= 3)) &&
    (extension === undefined || (typeof extension === 'string' && /^[0-9]{1,8}$/.test(extension))) &&
    (phone !== undefined || extension !== undefined) &&
    (c.availability === undefined || validAvailability(c.availability))
  );
}

/** Runs `schema` on RUNS inputs: it must never throw, and what it accepts must pass `oracle`. */
function check(arbitrary: fc.Arbitrary<unknown>, parse: (input: unknown) => { success: boolean; data?: unknown }, oracle: (input: unknown, output: unknown) => boolean) {
  let accepted = 0;
  fc.assert(
    fc.property(arbitrary, (input) => {
      const result = parse(input);
      if (result.success) {
        accepted++;
        return oracle(input, result.data);
      }
      return true;
    }),
    { numRuns: RUNS },
  );
  totalRuns += RUNS;
  return accepted;
}

describe(`setting validation, ${RUNS} generated inputs per setting`, { timeout: 120_000 }, () => {
  it('wardName: trimmed, at most 60 characters, no hidden characters', () => {
    const accepted = check(fc.oneof(text, fc.anything()), (v) => settingSchemas.wardName.safeParse(v), (input, output) =>
      typeof input === 'string' && output === input.trim() && (output as string).length <= 60 && hiddenFree(output as string));
    expect(accepted).toBeGreaterThan(100);
  });

  it('idleTimeoutSeconds: a whole number of seconds from 60 to 1800', () => {
    const accepted = check(fc.oneof(fc.integer({ min: -10, max: 2000 }), fc.double(), fc.anything()), (v) => settingSchemas.idleTimeoutSeconds.safeParse(v),
      (input) => Number.isInteger(input) && (input as number) >= 60 && (input as number) <= 1800);
    expect(accepted).toBeGreaterThan(100);
  });

  it('defaultLanguage: a language code', () => {
    const accepted = check(fc.oneof(fc.constantFrom('en', 'es', 'ar', 'zh-Hant', 'pt-BR'), fc.string({ maxLength: 12 }), fc.anything()),
      (v) => settingSchemas.defaultLanguage.safeParse(v), (input) => typeof input === 'string' && codeRe.test(input));
    expect(accepted).toBeGreaterThan(100);
  });

  it('languages: 1 to 40 distinct language codes', () => {
    const accepted = check(fc.oneof(fc.array(fc.oneof(fc.constantFrom('en', 'es', 'ar', 'fa', 'zh-Hans'), fc.string({ maxLength: 6 })), { maxLength: 6 }), fc.anything()),
      (v) => settingSchemas.languages.safeParse(v),
      (input) => Array.isArray(input) && input.length >= 1 && input.length <= 40 && new Set(input).size === input.length && input.every((l) => typeof l === 'string' && codeRe.test(l)));
    expect(accepted).toBeGreaterThan(100);
  });

  it('a contact: name, role, phone and/or extension, optional hours', () => {
    const accepted = check(contactish, (v) => contactSchema.safeParse(v), (input) => validContact(input));
    expect(accepted).toBeGreaterThan(100);
  });

  it('availability: known days once each, two different 24-hour times', () => {
    const accepted = check(availabilityish, (v) => availabilitySchema.safeParse(v), (input) => validAvailability(input));
    expect(accepted).toBeGreaterThan(100);
  });

  it('contacts: at most 20 valid contacts with distinct ids', () => {
    const accepted = check(fc.oneof(fc.array(contactish, { maxLength: 4 }), fc.anything()), (v) => settingSchemas.contacts.safeParse(v),
      (input) => Array.isArray(input) && input.length <= 20 && new Set(input.map((c) => (c as { id: string }).id)).size === input.length && input.every(validContact));
    expect(accepted).toBeGreaterThan(100);
    console.log(`setting validation: ${totalRuns} generated inputs, 0 invalid accepted, 0 crashes`);
  });
});
