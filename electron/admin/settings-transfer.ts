/**
 * Export and import of the ward's settings (contacts and options, never the PIN) as
 * a JSON file, to and from folders the kiosk lists itself: mounted drives under
 * /media and /run/media, and a fixed transfer folder.
 *
 * No file dialog: an OS dialog is a way out of the kiosk. The renderer only ever
 * sends back an id from the list and a file name from the listing, never a path.
 */
import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { ExportResult, ImportResult, TransferFile, TransferPlace } from '../ipc/contract';
import type { Log } from '../log';
import { writeFileAtomicSync } from '../settings/atomic-file';
import { settingSchemas, SETTING_KEYS, type SettingKey } from '../settings/settings-schema';
import type { SettingsStore } from '../settings/settings-store';
import { settingIssuesOf } from '../settings/setting-issues';

export const EXPORT_FORMAT = 'bedside-guide-settings';
const MAX_FILE_BYTES = 256 * 1024;
const MAX_LISTED_FILES = 50;

const exportFileSchema = z
  .object({
    format: z.literal(EXPORT_FORMAT),
    version: z.literal(1),
    exportedAt: z.string().max(40).optional(),
    settings: z.record(z.string(), z.unknown()),
  })
  .strict();


export interface TransferOptions {
  settings: SettingsStore;
  log: Log;
  /** Folders always offered (created when missing), e.g. <userData>/transfer. */
  folders: readonly string[];
  /** Where drives are mounted; each mount point one or two levels down is offered. */
  driveRoots?: readonly string[];
  /** Roots of removable drives themselves (Windows: "E:\\"), offered as they are. */
  drives?: () => readonly string[];
  now?: () => Date;
}

const placeId = (folder: string) => createHash('sha256').update(folder).digest('hex').slice(0, 16);

/** A folder on another device than its parent: a mounted drive. */
function isMountPoint(folder: string): boolean {
  try {
    const own = statSync(folder);
    return own.isDirectory() && own.dev !== statSync(path.dirname(folder)).dev;
  } catch {
    return false;
  }
}

function subfolders(folder: string): string[] {
  try {
    return readdirSync(folder, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => path.join(folder, entry.name));
  } catch {
    return [];
  }
}

export function createSettingsTransfer(options: TransferOptions) {
  const { settings, log } = options;
  const now = options.now ?? (() => new Date());
  const known = new Map<string, TransferPlace & { folder: string }>();

  function listPlaces(): TransferPlace[] {
    known.clear();
    for (const folder of options.folders) {
      try {
        mkdirSync(folder, { recursive: true });
      } catch {
        continue;
      }
      known.set(placeId(folder), { id: placeId(folder), kind: 'folder', label: folder, folder });
    }
    for (const root of options.driveRoots ?? []) {
      // /media/<drive>, /media/<user>/<drive>, /run/media/<user>/<drive>
      for (const candidate of subfolders(root).flatMap((child) => [child, ...subfolders(child)])) {
        if (!isMountPoint(candidate)) continue;
        known.set(placeId(candidate), {
          id: placeId(candidate),
          kind: 'drive',
          label: path.basename(candidate),
          folder: candidate,
        });
      }
    }
    for (const drive of options.drives?.() ?? []) {
      try {
        if (!statSync(drive).isDirectory()) continue;
      } catch {
        continue;
      }
      known.set(placeId(drive), { id: placeId(drive), kind: 'drive', label: drive, folder: drive });
    }
    return [...known.values()].map(({ id, kind, label }) => ({ id, kind, label }));
  }

  function folderOf(id: string): string | null {
    const place = known.get(id);
    if (!place) return null;
    try {
      return statSync(place.folder).isDirectory() ? place.folder : null;
    } catch {
      return null;
    }
  }

  function exportTo(id: string): ExportResult {
    const folder = folderOf(id);
    if (!folder) return { ok: false, reason: 'place-gone' };
    const stamp = now().toISOString().slice(0, 16).replace(/[:T]/g, '-');
    const fileName = `bedside-settings-${stamp}.json`;
    const { teaching, ...rest } = settings.getStored();
    // Secrets never leave the kiosk: the teaching code's hash stays behind like the PIN.
    const teachingOptions: Record<string, unknown> = { ...teaching };
    delete teachingOptions.codeHash;
    const stored = { ...rest, teaching: teachingOptions };
    const body = { format: EXPORT_FORMAT, version: 1, exportedAt: now().toISOString(), settings: stored };
    try {
      writeFileAtomicSync(path.join(folder, fileName), JSON.stringify(body, null, 2) + '\n');
    } catch (error) {
      log.warn(`admin: export failed: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
      return { ok: false, reason: 'write-failed' };
    }
    log.info(`admin: settings exported as ${fileName}`);
    return { ok: true, fileName };
  }

  function listFiles(id: string): TransferFile[] | null {
    const folder = folderOf(id);
    if (!folder) return null;
    const files: TransferFile[] = [];
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      return [];
    }
    for (const name of names) {
      if (!/^[^/\\]{1,120}\.json$/i.test(name) || name.startsWith('.')) continue;
      try {
        const stats = lstatSync(path.join(folder, name));
        if (stats.isFile() && stats.size <= MAX_FILE_BYTES) {
          files.push({ name, modified: stats.mtime.toISOString() });
        }
      } catch {
        // Gone between the listing and the look: not offered.
      }
    }
    return files.sort((a, b) => b.modified.localeCompare(a.modified)).slice(0, MAX_LISTED_FILES);
  }

  /** Everything is checked before anything changes; settings IT has locked are left as they are. */
  function importFrom(id: string, name: string): ImportResult {
    const folder = folderOf(id);
    if (!folder) return { ok: false, reason: 'place-gone' };
    const listed = listFiles(id)?.some((file) => file.name === name);
    if (!listed) return { ok: false, reason: 'unreadable' };
    let text: string;
    try {
      const file = path.join(folder, name);
      if (lstatSync(file).size > MAX_FILE_BYTES) return { ok: false, reason: 'too-big' };
      text = readFileSync(file, 'utf8');
    } catch {
      return { ok: false, reason: 'unreadable' };
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return { ok: false, reason: 'not-json' };
    }
    const parsed = exportFileSchema.safeParse(json);
    if (!parsed.success) return { ok: false, reason: 'not-settings' };
    const incoming = parsed.data.settings;
    const unknownKeys = Object.keys(incoming).filter((key) => !(SETTING_KEYS as string[]).includes(key));
    if (unknownKeys.length > 0) {
      return { ok: false, reason: 'invalid', issues: unknownKeys.map((key) => ({ path: key, code: 'invalid' })) };
    }
    // An exported file carries no teaching code: keep the kiosk's own.
    if (typeof incoming.teaching === 'object' && incoming.teaching !== null) {
      incoming.teaching = { ...incoming.teaching, codeHash: settings.getStored().teaching.codeHash };
    }
    const fieldCheck = z.object(settingSchemas).partial().strict().safeParse(incoming);
    if (!fieldCheck.success) return { ok: false, reason: 'invalid', issues: settingIssuesOf(fieldCheck.error) };
    const locked = settings.locked();
    const patch: Record<string, unknown> = {};
    const skipped: SettingKey[] = [];
    for (const [key, value] of Object.entries(fieldCheck.data)) {
      if (locked.includes(key as SettingKey)) skipped.push(key as SettingKey);
      else patch[key] = value;
    }
    const saved = settings.save(patch);
    if (!saved.ok) return { ok: false, reason: 'invalid', issues: saved.issues };
    log.info(`admin: settings imported from ${name}${skipped.length ? ` (kept IT's ${skipped.join(', ')})` : ''}`);
    return { ok: true, skipped };
  }

  return { listPlaces, listFiles, exportTo, importFrom };
}

export type SettingsTransfer = ReturnType<typeof createSettingsTransfer>;
