import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestJsonSchema } from '../../../../electron/content/pack-manifest';
import { PROJECT_ROOT } from './pack-fixtures';

describe('the JSON Schema of manifest.json', () => {
  it('is the one exported from the zod schema (run `npm run pack-schema` after changing it)', async () => {
    const committed = JSON.parse(
      await readFile(path.join(PROJECT_ROOT, 'build/content-pack.schema.json'), 'utf8'),
    ) as unknown;
    expect(committed).toEqual(manifestJsonSchema());
  });

  it('describes the step ids, the file kinds and the storage figures', () => {
    const text = JSON.stringify(manifestJsonSchema());
    for (const fragment of [
      '"press-back"',
      '\\\\.webm',
      '\\\\.vtt',
      '"maxTempC"',
      '"schemaVersion"',
    ]) {
      expect(text).toContain(fragment);
    }
  });
});
