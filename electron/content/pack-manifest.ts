/**
 * The content pack manifest: one zod schema, the single source of truth. The JSON
 * Schema in build/content-pack.schema.json is exported from it (`npm run pack-schema`),
 * and the README's Content packs section describes it with a full example.
 *
 * Every message is written for the hospital staff who made the pack: it says what is
 * wrong in plain words, and the validator prefixes it with the file and field.
 */
import { z } from 'zod';
import { languageCodeSchema, STEP_IDS, type StorageFigures } from '../ipc/contract';
import { packNameProblem } from './pack-path-rule';

export const MANIFEST_FILE = 'manifest.json';
export const MANIFEST_SCHEMA_VERSION = 1;

/** File name endings per kind of file a manifest may name. */
export const VIDEO_EXTENSIONS = ['.webm', '.mp4'] as const;
export const POSTER_EXTENSIONS = ['.webp', '.png', '.jpg', '.jpeg'] as const;
export const CAPTION_EXTENSIONS = ['.vtt'] as const;

const endsWithOneOf = (extensions: readonly string[]) =>
  new RegExp(`(${extensions.map((e) => e.replace('.', '\\.')).join('|')})$`);

/** A path to a file inside the pack: relative, forward slashes, never leaving the pack. */
function packPath(kind: string, extensions: readonly string[]) {
  return z
    .string({ error: `must be the path of a ${kind} file inside the pack, as text` })
    .min(1, `is empty: name a ${kind} file inside the pack`)
    .max(200, 'is longer than 200 characters')
    .regex(
      /^(?![a-zA-Z][a-zA-Z0-9+.-]*:)/,
      'is a web address or a drive path; a pack may only name files inside itself',
    )
    .regex(
      /^(?![/\\])/,
      'is an absolute path; write it relative to the pack folder, like media/step.webm',
    )
    .regex(
      /^(?!(.*\/)?\.\.(\/|$))/,
      'goes up out of the pack with ".."; files must stay inside the pack',
    )
    .regex(/^[^\\]*$/, 'uses a backslash; separate folders with "/"')
    .regex(/^[^\p{Cc}]*$/u, 'contains control characters')
    .regex(
      endsWithOneOf(extensions),
      `must be a ${kind} file ending in ${extensions.join(', ')} (lowercase)`,
    )
    .superRefine((value, context) => {
      // The protocol handler's rule, name by name: what is accepted here is served.
      for (const name of value.split('/')) {
        const problem = packNameProblem(name);
        if (problem) {
          context.addIssue({ code: 'custom', message: problem });
          return;
        }
      }
    });
}

const text = (max: number, what: string) =>
  z
    .string({ error: `must be ${what}, as text` })
    .trim()
    .min(1, `is empty: write ${what}`)
    .max(max, `is longer than ${max} characters`)
    .regex(
      /^[^\p{Cc}\u202a-\u202e\u2066-\u2069]*$/u,
      'contains control or text-direction characters',
    );

const languageKey = languageCodeSchema.describe('a language code such as en, es or pt-BR');

const stepSchema = z
  .object({
    id: z.enum(STEP_IDS, {
      error: (issue) =>
        `"${String(issue.input)}" is not a step id; the step ids are ${STEP_IDS.join(', ')}`,
    }),
    video: packPath('video', VIDEO_EXTENSIONS).describe(
      'WebM (VP9) or MP4 (H.264) loop for this step; muted, a few seconds long',
    ),
    poster: packPath('poster image', POSTER_EXTENSIONS).describe(
      'Still image shown before the video plays and when it cannot play',
    ),
    captions: z
      .record(languageKey, packPath('WebVTT caption', CAPTION_EXTENSIONS))
      .optional()
      .describe('Caption file per language code'),
    alt: z
      .record(languageKey, text(300, 'a short description of the video'))
      .optional()
      .describe('Short description of the video per language code, read by screen readers'),
  })
  .strict();

const temperatureC = z.number().min(-40).max(40);
const temperatureF = z.number().min(-40).max(104);
const duration = (max: number) => z.number().positive('must be more than 0').max(max);

/**
 * A figure no looser than the most permissive published guidance (Academy of
 * Breastfeeding Medicine protocol 8, 2017): a hospital may be stricter, never looser.
 */
const atMost = (schema: z.ZodNumber, limit: number, unit: string) =>
  schema.max(limit, {
    error: (issue) => `is ${String(issue.input)} ${unit}; the most published guidance allows (ABM protocol 8) is ${limit} ${unit}`,
  });

/** Storage-time figures a pack may replace (NICU units often need stricter ones). */
export const storageOverrideSchema = z
  .object({
    room: z
      .object({
        maxTempC: atMost(temperatureC, 29, '°C'),
        maxTempF: atMost(temperatureF, 85, '°F'),
        hours: atMost(duration(24), 8, 'hours'),
      })
      .strict()
      .optional(),
    fridge: z
      .object({
        tempC: atMost(temperatureC, 4, '°C'),
        tempF: atMost(temperatureF, 40, '°F'),
        days: atMost(duration(14), 8, 'days'),
      })
      .strict()
      .optional(),
    freezer: z
      .object({
        tempC: atMost(temperatureC, -18, '°C'),
        tempF: atMost(temperatureF, 0, '°F'),
        bestMonths: atMost(duration(24), 12, 'months'),
        maxMonths: atMost(duration(24), 12, 'months'),
      })
      .strict()
      .optional(),
    thawed: z
      .object({
        roomHoursMin: atMost(duration(24), 2, 'hours'),
        roomHoursMax: atMost(duration(24), 2, 'hours'),
        fridgeHours: atMost(duration(72), 24, 'hours'),
      })
      .strict()
      .optional(),
    leftover: z
      .object({ hours: atMost(duration(24), 2, 'hours') })
      .strict()
      .optional(),
  })
  .strict()
  .superRefine((figures, context) => {
    const pairs: [keyof StorageFigures, number | undefined, number | undefined][] = [
      ['room', figures.room?.maxTempC, figures.room?.maxTempF],
      ['fridge', figures.fridge?.tempC, figures.fridge?.tempF],
      ['freezer', figures.freezer?.tempC, figures.freezer?.tempF],
    ];
    for (const [section, celsius, fahrenheit] of pairs) {
      if (celsius === undefined || fahrenheit === undefined) continue;
      if (Math.abs(celsius * 1.8 + 32 - fahrenheit) > 1.5) {
        context.addIssue({
          code: 'custom',
          path: [section],
          message: `${celsius} °C is not ${fahrenheit} °F; give the same temperature in both units`,
        });
      }
    }
    if (figures.freezer && figures.freezer.bestMonths > figures.freezer.maxMonths) {
      context.addIssue({
        code: 'custom',
        path: ['freezer'],
        message: 'bestMonths is longer than maxMonths',
      });
    }
    if (figures.thawed && figures.thawed.roomHoursMin > figures.thawed.roomHoursMax) {
      context.addIssue({
        code: 'custom',
        path: ['thawed'],
        message: 'roomHoursMin is longer than roomHoursMax',
      });
    }
  });

export type StorageOverride = z.infer<typeof storageOverrideSchema>;

export const manifestSchema = z
  .object({
    $schema: z.string().max(200).optional().describe('Optional link to this schema, for editors'),
    schemaVersion: z.literal(MANIFEST_SCHEMA_VERSION, {
      error: `must be ${MANIFEST_SCHEMA_VERSION}: this app reads manifests of schema version ${MANIFEST_SCHEMA_VERSION}`,
    }),
    id: z
      .string({ error: 'must be the pack id, as text' })
      .regex(
        /^[a-z0-9][a-z0-9.-]{0,59}$/,
        'must be 1 to 60 lowercase letters, digits, dots or hyphens, like st-marys-nicu',
      )
      .describe('Stable id of the pack, e.g. st-marys-nicu'),
    version: z
      .string({ error: 'must be the pack version, as text' })
      .regex(/^[0-9A-Za-z][0-9A-Za-z.+-]{0,39}$/, 'must be a version such as 1.0.0'),
    title: text(120, 'the pack title').describe('Shown to patients on the About screen'),
    publisher: text(120, 'who made the pack').describe('Who made or owns the videos'),
    licence: text(
      80,
      'the licence (an SPDX id such as CC-BY-4.0, or "All rights reserved")',
    ).describe('Licence of the videos, shown on the About screen'),
    date: z
      .string({ error: 'must be a date, as text' })
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written as YYYY-MM-DD'),
    credits: text(600, 'the credits').optional().describe('Credits shown on the About screen'),
    steps: z
      .array(stepSchema, { error: 'must be a list of the steps' })
      .length(STEP_IDS.length, `must list all ${STEP_IDS.length} steps, one entry each`)
      .superRefine((steps, context) => {
        if (steps.length !== STEP_IDS.length) return;
        steps.forEach((step, index) => {
          if (STEP_IDS.includes(step.id) && step.id !== STEP_IDS[index]) {
            context.addIssue({
              code: 'custom',
              path: [index, 'id'],
              message: `is "${step.id}" but step ${index + 1} must be "${STEP_IDS[index]}": list the steps in the guide's fixed order`,
            });
          }
        });
      }),
    storage: storageOverrideSchema
      .optional()
      .describe('Storage-time figures that replace the CDC defaults; each section is optional'),
  })
  .strict();

export type PackManifest = z.infer<typeof manifestSchema>;

/** The JSON Schema of manifest.json, for editors and hospital IT. */
export function manifestJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(manifestSchema, { io: 'input', target: 'draft-2020-12' }),
    title: 'Bedside Guide content pack manifest',
  };
}
