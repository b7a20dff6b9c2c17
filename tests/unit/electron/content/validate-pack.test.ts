import { readFile, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PACK_LIMITS } from '../../../../electron/content/pack-limits';
import { createFolderReader } from '../../../../electron/content/pack-reader';
import { createZipReader } from '../../../../electron/content/pack-zip-reader';
import { validatePack, type PackValidation } from '../../../../electron/content/validate-pack';
import {
  cleanUpPacks,
  copyDefaultPack,
  DEFAULT_PACK,
  editManifest,
  tempDir,
  VALID_VTT,
  writePackFile,
  zipPack,
  type Manifest,
} from './pack-fixtures';

afterEach(cleanUpPacks);

const validateFolder = (root: string) => validatePack(createFolderReader(root));
const validateZip = (zip: string) => validatePack(createZipReader(zip, PACK_LIMITS.packBytes));

/** Asserts the pack was refused with a problem in `file` whose words match `problem`. */
function expectProblem(result: PackValidation, file: string, problem: RegExp) {
  expect(result.ok, 'the pack should be refused').toBe(false);
  if (result.ok) return;
  const matching = result.problems.filter((p) => p.file === file && problem.test(p.problem));
  expect(matching, `problems were: ${JSON.stringify(result.problems, null, 1)}`).not.toHaveLength(
    0,
  );
}

const step = (manifest: Manifest, id: string) => {
  const found = manifest.steps.find((s) => s.id === id);
  if (!found) throw new Error(`no step ${id}`);
  return found;
};

describe('the built-in pack', { timeout: 30_000 }, () => {
  it('is accepted as a folder, with every file it names kept for import', async () => {
    const result = await validateFolder(DEFAULT_PACK);
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (!result.ok) return;
    expect(result.pack.manifest.steps).toHaveLength(12);
    const files = result.pack.files.map((f) => f.path);
    expect(files).toContain('manifest.json');
    expect(files).toContain('media/press-back.webm');
    expect(files).toContain('media/press-back.webp');
  });

  it('is accepted as a zip of its folder', async () => {
    const zip = await zipPack(DEFAULT_PACK, { top: 'my-pack' });
    const result = await validateZip(zip);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('accepts captions, alt text, text overrides and stricter storage figures', async () => {
    const root = await copyDefaultPack();
    await writePackFile(root, 'captions/en/press-back.vtt', VALID_VTT);
    await writePackFile(
      root,
      'locales/es/guide.json',
      JSON.stringify({
        steps: { 'press-back': { title: 'Presione hacia atrás' } },
        storage: { roomTime: 'Hasta {{time}}, nada más' },
      }),
    );
    await editManifest(root, (m) => {
      step(m, 'press-back').captions = { en: 'captions/en/press-back.vtt' };
      step(m, 'press-back').alt = { en: 'A hand presses the breast back toward the chest.' };
      m.storage = {
        room: { maxTempC: 25, maxTempF: 77, hours: 2 },
        fridge: { tempC: 4, tempF: 39, days: 2 },
      };
    });
    const result = await validateFolder(root);
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (!result.ok) return;
    expect(result.pack.texts.es?.guide).toEqual({
      steps: { 'press-back': { title: 'Presione hacia atrás' } },
      storage: { roomTime: 'Hasta {{time}}, nada más' },
    });
    expect(result.pack.files.map((f) => f.path)).toContain('captions/en/press-back.vtt');
    expect(result.pack.manifest.storage?.room?.hours).toBe(2);
  });
});

describe('captions are optional per step', { timeout: 30_000 }, () => {
  it('accepts a pack with no captions at all, and keeps no caption file for import', async () => {
    const root = await copyDefaultPack();
    await editManifest(root, (m) => {
      for (const s of m.steps) delete s.captions;
    });
    const result = await validateFolder(root);
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (!result.ok) return;
    expect(result.pack.files.filter((f) => f.path.endsWith('.vtt'))).toEqual([]);
  });

  it('accepts captions for a step the built-in pack leaves without, and still checks them', async () => {
    const root = await copyDefaultPack();
    await writePackFile(root, 'captions/en/wash-hands.vtt', VALID_VTT);
    await writePackFile(
      root,
      'captions/es/wash-hands.vtt',
      'WEBVTT\n\n00:00:05.000 --> 00:00:01.000\nLave\n',
    );
    await editManifest(root, (m) => {
      step(m, 'wash-hands').captions = { en: 'captions/en/wash-hands.vtt' };
      delete step(m, 'press-back').captions;
    });
    const accepted = await validateFolder(root);
    expect(accepted.ok ? [] : accepted.problems).toEqual([]);
    if (accepted.ok) {
      expect(accepted.pack.files.map((f) => f.path)).toContain('captions/en/wash-hands.vtt');
    }
    await editManifest(root, (m) => {
      step(m, 'wash-hands').captions = {
        en: 'captions/en/wash-hands.vtt',
        es: 'captions/es/wash-hands.vtt',
      };
    });
    expectProblem(await validateFolder(root), 'captions/es/wash-hands.vtt', /^line \d+:/);
  });
});

/** One broken pack per failure mode: how to break it, and where the problem must be named. */
interface BrokenPack {
  name: string;
  breakIt: (root: string) => Promise<void>;
  file: string;
  problem: RegExp;
}

const TINY_PNG = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010806000000' +
    '1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082',
  'hex',
);

const brokenPacks: BrokenPack[] = [
  {
    name: 'no manifest',
    breakIt: (root) => rm(path.join(root, 'manifest.json')),
    file: 'manifest.json',
    problem: /is missing: every pack needs a manifest\.json/,
  },
  {
    name: 'manifest that is not JSON',
    breakIt: (root) => writeFile(path.join(root, 'manifest.json'), '{ "id": "x", '),
    file: 'manifest.json',
    problem: /is not valid JSON/,
  },
  {
    name: 'manifest that is not UTF-8',
    breakIt: (root) =>
      writeFile(path.join(root, 'manifest.json'), Buffer.from([0x7b, 0xff, 0xfe, 0x7d])),
    file: 'manifest.json',
    problem: /is not UTF-8 text/,
  },
  {
    name: 'a newer schema version',
    breakIt: (root) => editManifest(root, (m) => (m.schemaVersion = 2)),
    file: 'manifest.json',
    problem: /^schemaVersion must be 1/,
  },
  {
    name: 'a missing title',
    breakIt: (root) => editManifest(root, (m) => delete m.title),
    file: 'manifest.json',
    problem: /^title is missing$/,
  },
  {
    name: 'a field the app does not know',
    breakIt: (root) => editManifest(root, (m) => (m.autoplayAudio = true)),
    file: 'manifest.json',
    problem: /has fields this app does not know: autoplayAudio/,
  },
  {
    name: 'a pack id with spaces',
    breakIt: (root) => editManifest(root, (m) => (m.id = 'St Mary NICU')),
    file: 'manifest.json',
    problem: /^id must be 1 to 60 lowercase letters/,
  },
  {
    name: 'a date not written as YYYY-MM-DD',
    breakIt: (root) => editManifest(root, (m) => (m.date = '26/11/2026')),
    file: 'manifest.json',
    problem: /^date must be a date written as YYYY-MM-DD/,
  },
  {
    name: 'an unknown step id',
    breakIt: (root) => editManifest(root, (m) => ((m.steps[6] as { id: string }).id = 'massage')),
    file: 'manifest.json',
    problem: /^steps\[6\]\.id "massage" is not a step id/,
  },
  {
    name: 'steps out of order',
    breakIt: (root) =>
      editManifest(root, (m) => {
        [m.steps[6], m.steps[7]] = [
          m.steps[7] as Manifest['steps'][number],
          m.steps[6] as Manifest['steps'][number],
        ];
      }),
    file: 'manifest.json',
    problem: /^steps\[6\]\.id is "compress-roll" but step 7 must be "press-back"/,
  },
  {
    name: 'a step left out',
    breakIt: (root) => editManifest(root, (m) => m.steps.splice(3, 1)),
    file: 'manifest.json',
    problem: /^steps must list all 12 steps/,
  },
  {
    name: 'a video path that goes up out of the pack',
    breakIt: (root) =>
      editManifest(
        root,
        (m) => (step(m, 'press-back').video = 'media/../../secret/press-back.webm'),
      ),
    file: 'manifest.json',
    problem: /^steps\[6\]\.video goes up out of the pack with "\.\."/,
  },
  {
    name: 'an absolute video path',
    breakIt: (root) =>
      editManifest(root, (m) => (step(m, 'press-back').video = '/home/nurse/press-back.webm')),
    file: 'manifest.json',
    problem: /^steps\[6\]\.video is an absolute path/,
  },
  {
    name: 'a remote video URL',
    breakIt: (root) =>
      editManifest(
        root,
        (m) => (step(m, 'press-back').video = 'https://example.com/press-back.webm'),
      ),
    file: 'manifest.json',
    problem: /^steps\[6\]\.video is a web address or a drive path/,
  },
  {
    name: 'a Windows drive path',
    breakIt: (root) =>
      editManifest(root, (m) => (step(m, 'c-hold').poster = 'C:/Videos/c-hold.png')),
    file: 'manifest.json',
    problem: /^steps\[4\]\.poster is a web address or a drive path/,
  },
  {
    name: 'a backslash in a path',
    breakIt: (root) => editManifest(root, (m) => (step(m, 'c-hold').poster = 'media\\c-hold.webp')),
    file: 'manifest.json',
    problem: /^steps\[4\]\.poster uses a backslash/,
  },
  {
    name: 'a video that is not a video file name',
    breakIt: (root) => editManifest(root, (m) => (step(m, 'c-hold').video = 'media/c-hold.gif')),
    file: 'manifest.json',
    problem: /^steps\[4\]\.video must be a video file ending in \.webm, \.mp4/,
  },
  {
    name: 'alt text with a text-direction override',
    breakIt: (root) =>
      editManifest(root, (m) => (step(m, 'c-hold').alt = { en: 'hand \u202e shape' })),
    file: 'manifest.json',
    problem: /^steps\[4\]\.alt\.en contains control or text-direction characters/,
  },
  {
    name: 'captions under a key that is not a language code',
    breakIt: (root) =>
      editManifest(root, (m) => (step(m, 'c-hold').captions = { English: 'captions/c-hold.vtt' })),
    file: 'manifest.json',
    problem: /^steps\[4\]\.captions/,
  },
  {
    name: 'a missing video file',
    breakIt: (root) => rm(path.join(root, 'media/press-back.webm')),
    file: 'media/press-back.webm',
    problem: /is missing: the manifest names it as a WebM or MP4 video for step "press-back"/,
  },
  {
    name: 'a missing poster file',
    breakIt: (root) => rm(path.join(root, 'media/c-hold.webp')),
    file: 'media/c-hold.webp',
    problem: /is missing: the manifest names it as a WebP, PNG or JPEG image for step "c-hold"/,
  },
  {
    name: 'a video that is a link to a file outside the pack',
    breakIt: async (root) => {
      const outside = path.join(await tempDir(), 'elsewhere.webm');
      await writeFile(outside, await readFile(path.join(root, 'media/press-back.webm')));
      await rm(path.join(root, 'media/press-back.webm'));
      await symlink(outside, path.join(root, 'media/press-back.webm'));
    },
    file: 'media/press-back.webm',
    problem: /is a link \(shortcut\); a pack may not contain links/,
  },
  {
    name: 'a linked folder anywhere in the pack',
    breakIt: (root) => symlink('/etc', path.join(root, 'extras')),
    file: 'extras',
    problem: /is a link/,
  },
  {
    name: 'a PNG image named .webm',
    breakIt: (root) => writeFile(path.join(root, 'media/press-back.webm'), TINY_PNG),
    file: 'media/press-back.webm',
    problem: /is a PNG image, but the manifest names it as a WebM or MP4 video/,
  },
  {
    name: 'a video named as a poster',
    breakIt: async (root) =>
      writeFile(
        path.join(root, 'media/c-hold.webp'),
        await readFile(path.join(root, 'media/c-hold.webm')),
      ),
    file: 'media/c-hold.webp',
    problem: /is a WebM video, but the manifest names it as a WebP, PNG or JPEG image/,
  },
  {
    name: 'a WebM video named .mp4',
    breakIt: async (root) => {
      await writeFile(
        path.join(root, 'media/c-hold.mp4'),
        await readFile(path.join(root, 'media/c-hold.webm')),
      );
      await editManifest(root, (m) => (step(m, 'c-hold').video = 'media/c-hold.mp4'));
    },
    file: 'media/c-hold.mp4',
    problem: /is a WebM video but its name ends in \.mp4; rename it/,
  },
  {
    name: 'a text file that is neither video nor image',
    breakIt: (root) => writeFile(path.join(root, 'media/c-hold.webm'), 'not a video at all'),
    file: 'media/c-hold.webm',
    problem: /is not a video or image this app knows/,
  },
  {
    name: 'a WebM video that is not VP9',
    breakIt: async (root) => {
      const bytes = await readFile(path.join(root, 'media/c-hold.webm'));
      bytes.write('V_VP8', bytes.indexOf('V_VP9'), 'latin1');
      await writeFile(path.join(root, 'media/c-hold.webm'), bytes);
    },
    file: 'media/c-hold.webm',
    problem: /is a WebM video that is not VP9/,
  },
  {
    name: 'an MP4 video that is not H.264',
    breakIt: async (root) => {
      const mp4 = Buffer.concat([
        Buffer.from('0000001c667479706d703432000000006d7034326973366d', 'hex'),
        Buffer.from('00000010' + Buffer.from('moovhev1hvc1').toString('hex'), 'hex'),
      ]);
      await writeFile(path.join(root, 'media/c-hold.mp4'), mp4);
      await editManifest(root, (m) => (step(m, 'c-hold').video = 'media/c-hold.mp4'));
    },
    file: 'media/c-hold.mp4',
    problem: /is an MP4 video that is not H\.264/,
  },
  {
    name: 'a video over the size limit',
    breakIt: (root) => truncate(path.join(root, 'media/c-hold.webm'), PACK_LIMITS.videoBytes + 1),
    file: 'media/c-hold.webm',
    problem: /is 50 MB; a WebM or MP4 video for step "c-hold" may be at most 50 MB/,
  },
  {
    name: 'a poster over the size limit',
    breakIt: (root) =>
      truncate(path.join(root, 'media/c-hold.webp'), PACK_LIMITS.posterBytes + 100_000),
    file: 'media/c-hold.webp',
    problem: /may be at most 2 MB/,
  },
  {
    name: 'a pack over the total size limit',
    breakIt: async (root) => {
      await writeFile(path.join(root, 'extra-footage.webm'), '');
      await truncate(path.join(root, 'extra-footage.webm'), PACK_LIMITS.packBytes);
    },
    file: '(pack)',
    problem: /a pack may be at most 500 MB/,
  },
  {
    name: 'too many files',
    breakIt: async (root) => {
      for (let i = 0; i <= PACK_LIMITS.entries; i++)
        await writeFile(path.join(root, `note-${i}.txt`), '');
    },
    file: '(pack)',
    problem: /holds more than 2000 files and folders/,
  },
  {
    name: 'captions whose timing does not parse',
    breakIt: async (root) => {
      await writePackFile(
        root,
        'captions/en/c-hold.vtt',
        'WEBVTT\n\n00:00.000 --> 00:0x.000\nMake a C\n',
      );
      await editManifest(
        root,
        (m) => (step(m, 'c-hold').captions = { en: 'captions/en/c-hold.vtt' }),
      );
    },
    file: 'captions/en/c-hold.vtt',
    problem: /^line 3: /,
  },
  {
    name: 'captions without the WEBVTT first line',
    breakIt: async (root) => {
      await writePackFile(
        root,
        'captions/en/c-hold.vtt',
        '1\n00:00:00,000 --> 00:00:05,000\nMake a C\n',
      );
      await editManifest(
        root,
        (m) => (step(m, 'c-hold').captions = { en: 'captions/en/c-hold.vtt' }),
      );
    },
    file: 'captions/en/c-hold.vtt',
    problem: /is not a WebVTT file: its first line must be WEBVTT/,
  },
  {
    name: 'captions with no cue',
    breakIt: async (root) => {
      await writePackFile(root, 'captions/en/c-hold.vtt', 'WEBVTT\n\n');
      await editManifest(
        root,
        (m) => (step(m, 'c-hold').captions = { en: 'captions/en/c-hold.vtt' }),
      );
    },
    file: 'captions/en/c-hold.vtt',
    problem: /has no captions in it/,
  },
  {
    name: 'a missing caption file',
    breakIt: (root) =>
      editManifest(root, (m) => (step(m, 'c-hold').captions = { fr: 'captions/fr/not-there.vtt' })),
    file: 'captions/fr/not-there.vtt',
    problem: /is missing: the manifest names it as a WebVTT caption file for step "c-hold" in fr/,
  },
  {
    name: 'a text override with a key the guide does not have',
    breakIt: (root) =>
      writePackFile(
        root,
        'locales/es/guide.json',
        JSON.stringify({ steps: { 'c-hold': { titel: 'C' } } }),
      ),
    file: 'locales/es/guide.json',
    problem: /"steps\.c-hold\.titel" is not a text of the guide/,
  },
  {
    name: 'a text override that drops a placeholder',
    breakIt: (root) =>
      writePackFile(
        root,
        'locales/en/guide.json',
        JSON.stringify({ storage: { roomTime: 'Up to four hours' } }),
      ),
    file: 'locales/en/guide.json',
    problem: /"storage\.roomTime" must keep \{\{time\}\}, which the app fills in/,
  },
  {
    name: 'a text override that invents a placeholder',
    breakIt: (root) =>
      writePackFile(
        root,
        'locales/en/guide.json',
        JSON.stringify({ steps: { 'c-hold': { title: 'Make a C, {{name}}' } } }),
      ),
    file: 'locales/en/guide.json',
    problem: /uses \{\{name\}\}, which the app does not fill in/,
  },
  {
    name: 'a text override of a namespace packs may not change',
    breakIt: (root) =>
      writePackFile(root, 'locales/en/common.json', JSON.stringify({ help: { title: 'Call us' } })),
    file: 'locales/en/common.json',
    problem: /"common" texts cannot be replaced by a pack; only guide\.json/,
  },
  {
    name: 'a text override in a folder that is not a language code',
    breakIt: (root) => writePackFile(root, 'locales/Spanish/guide.json', JSON.stringify({})),
    file: 'locales/Spanish/guide.json',
    problem: /"Spanish" is not a language code/,
  },
  {
    name: 'a text override that is not JSON',
    breakIt: (root) => writePackFile(root, 'locales/es/guide.json', '{ steps: }'),
    file: 'locales/es/guide.json',
    problem: /is not valid JSON/,
  },
  {
    name: 'a file under locales/ that is not a text override',
    breakIt: (root) => writePackFile(root, 'locales/es.json', '{}'),
    file: 'locales/es.json',
    problem: /is not where text overrides go/,
  },
  {
    name: 'storage temperatures that disagree between °C and °F',
    breakIt: (root) =>
      editManifest(root, (m) => (m.storage = { fridge: { tempC: 4, tempF: 60, days: 2 } })),
    file: 'manifest.json',
    problem: /^storage\.fridge 4 °C is not 60 °F/,
  },
  {
    name: 'a storage time of zero hours',
    breakIt: (root) => editManifest(root, (m) => (m.storage = { leftover: { hours: 0 } })),
    file: 'manifest.json',
    problem: /^storage\.leftover\.hours must be more than 0/,
  },
  {
    name: 'thawed-milk times the wrong way round',
    breakIt: (root) =>
      editManifest(
        root,
        (m) => (m.storage = { thawed: { roomHoursMin: 3, roomHoursMax: 1, fridgeHours: 24 } }),
      ),
    file: 'manifest.json',
    problem: /^storage\.thawed roomHoursMin is longer than roomHoursMax/,
  },
];

// Real copies on a shared, busy disk: a generous hang guard, not a speed check.
describe('broken packs', { timeout: 30_000 }, () => {
  it('covers at least 25 failure modes', () => {
    expect(brokenPacks.length).toBeGreaterThanOrEqual(25);
  });

  for (const broken of brokenPacks) {
    it(`refuses ${broken.name}, naming ${broken.file}`, async () => {
      const root = await copyDefaultPack();
      await broken.breakIt(root);
      expectProblem(await validateFolder(root), broken.file, broken.problem);
    });
  }
});

describe('broken zips', { timeout: 30_000 }, () => {
  it('refuses a zip entry that climbs out of the pack (zip slip)', async () => {
    const zip = await zipPack(DEFAULT_PACK, { extra: { '../../evil.sh': new Uint8Array([0x23]) } });
    expectProblem(await validateZip(zip), '../../evil.sh', /lies outside the pack/);
  });

  it('refuses a zip entry with an absolute name', async () => {
    const zip = await zipPack(DEFAULT_PACK, {
      extra: { '/etc/cron.d/evil': new Uint8Array([0x23]) },
    });
    expectProblem(await validateZip(zip), '/etc/cron.d/evil', /lies outside the pack/);
  });

  it('refuses a link stored in a zip', async () => {
    const link: [Uint8Array, { os: number; attrs: number }] = [
      new TextEncoder().encode('/etc/passwd'),
      { os: 3, attrs: (0o120777 << 16) >>> 0 },
    ];
    const zip = await zipPack(DEFAULT_PACK, { extra: { 'media/notes.txt': link } });
    expectProblem(await validateZip(zip), 'media/notes.txt', /is a link/);
  });

  it('refuses a file that is not a zip', async () => {
    const file = path.join(await tempDir(), 'pack.zip');
    await writeFile(file, 'PK but not really a zip file');
    expectProblem(
      await validateZip(file),
      '(pack)',
      /The pack is not a zip file, or the zip is damaged/,
    );
  });

  it('refuses a zip whose manifest names a missing file', async () => {
    const root = await copyDefaultPack();
    await rm(path.join(root, 'media/lean-collect.webm'));
    expectProblem(await validateZip(await zipPack(root)), 'media/lean-collect.webm', /is missing/);
  });
});

describe('problem reports', { timeout: 30_000 }, () => {
  it('lists every problem of a pack broken in several ways, each with its file', async () => {
    const root = await copyDefaultPack();
    await rm(path.join(root, 'media/c-hold.webm'));
    await writeFile(path.join(root, 'media/press-back.webm'), TINY_PNG);
    await writePackFile(root, 'locales/es/guide.json', JSON.stringify({ nope: 'x' }));
    const result = await validateFolder(root);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.file).sort()).toEqual(
      ['locales/es/guide.json', 'media/c-hold.webm', 'media/press-back.webm'].sort(),
    );
  });

  it('reads a manifest written by a text editor with a byte-order mark', async () => {
    const root = await copyDefaultPack();
    const text = await readFile(path.join(root, 'manifest.json'), 'utf8');
    await writeFile(path.join(root, 'manifest.json'), '\uFEFF' + text);
    expect((await validateFolder(root)).ok).toBe(true);
  });

  it('never throws, even for a folder that does not exist', async () => {
    const result = await validateFolder(path.join(await tempDir(), 'nowhere'));
    expectProblem(result, '(pack)', /cannot be read/);
  });
});
