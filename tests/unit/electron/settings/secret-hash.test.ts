import { describe, expect, it } from 'vitest';
import {
  hashSecret,
  SCRYPT_PARAMS,
  secretHashSchema,
  verifySecret,
} from '../../../../electron/settings/secret-hash';

// scrypt at N = 2^17 takes a while on a busy CI machine; that cost is the point.
describe('secret hashing', { timeout: 60_000 }, () => {
  it('stores scrypt N=2^17 r=8 p=1 with a 16-byte salt and never the secret', async () => {
    const record = await hashSecret('482913');
    expect(record).toMatchObject({ algorithm: 'scrypt', ...SCRYPT_PARAMS });
    expect(Buffer.from(record.salt, 'base64')).toHaveLength(16);
    expect(JSON.stringify(record)).not.toContain('482913');
    expect(secretHashSchema.safeParse(record).success).toBe(true);
  });

  it('accepts the right secret and refuses a wrong one', async () => {
    const record = await hashSecret('482913');
    expect(await verifySecret('482913', record)).toBe(true);
    expect(await verifySecret('482914', record)).toBe(false);
    expect(await verifySecret('', record)).toBe(false);
  });

  it('salts: the same secret hashes differently twice', async () => {
    const [a, b] = await Promise.all([hashSecret('482913'), hashSecret('482913')]);
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
  });

  it('refuses damaged or foreign records instead of throwing', async () => {
    const record = await hashSecret('482913');
    for (const damaged of [
      null,
      'plain',
      { ...record, hash: 'AAAA' },
      { ...record, N: 1000 },
      { ...record, algorithm: 'md5' },
      { ...record, hash: record.hash.slice(0, -8) + 'AAAAAAA=' },
    ]) {
      expect(await verifySecret('482913', damaged)).toBe(false);
    }
  });
});
