/**
 * Hashing of short staff secrets (the admin PIN, a ward teaching code) with scrypt.
 *
 * A 6-8 digit secret has little entropy, so the cost is what protects it if the
 * settings file leaks: N = 2^17, r = 8, p = 1 (about 128 MiB and a fraction of a
 * second per guess). The stored record carries its own parameters so they can be
 * raised later without locking anyone out. Comparison is constant-time.
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { z } from 'zod';

export const SCRYPT_PARAMS = { N: 2 ** 17, r: 8, p: 1 } as const;
const SALT_BYTES = 16;
const KEY_BYTES = 32;

/** What is stored for a secret: never the secret itself. */
export const secretHashSchema = z
  .object({
    algorithm: z.literal('scrypt'),
    N: z
      .number()
      .int()
      .min(2 ** 14)
      .max(2 ** 20)
      // scrypt needs a power of two.
      .refine((n) => (n & (n - 1)) === 0),
    r: z.number().int().min(1).max(32),
    p: z.number().int().min(1).max(16),
    salt: z.string().regex(/^[A-Za-z0-9+/]+=*$/).min(16).max(64),
    hash: z.string().regex(/^[A-Za-z0-9+/]+=*$/).min(32).max(128),
  })
  .strict();
export type SecretHash = z.infer<typeof secretHashSchema>;

/** Node refuses N = 2^17, r = 8 under its default 32 MiB limit; 128 * N * r plus headroom. */
function maxmemFor(N: number, r: number): number {
  return 128 * N * r + 32 * 1024 * 1024;
}

function derive(secret: string, salt: Buffer, params: { N: number; r: number; p: number }) {
  const options: ScryptOptions = { ...params, maxmem: maxmemFor(params.N, params.r) };
  return new Promise<Buffer>((resolve, reject) => {
    scrypt(secret.normalize('NFKC'), salt, KEY_BYTES, options, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

/** Hashes a secret with a fresh random salt. */
export async function hashSecret(
  secret: string,
  params: { N: number; r: number; p: number } = SCRYPT_PARAMS,
): Promise<SecretHash> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(secret, salt, params);
  return {
    algorithm: 'scrypt',
    ...params,
    salt: salt.toString('base64'),
    hash: key.toString('base64'),
  };
}

/** True when `secret` matches the stored record; false for a wrong secret or a damaged record. */
export async function verifySecret(secret: string, stored: unknown): Promise<boolean> {
  const parsed = secretHashSchema.safeParse(stored);
  if (!parsed.success) return false;
  const { N, r, p, salt, hash } = parsed.data;
  const expected = Buffer.from(hash, 'base64');
  const key = await derive(secret, Buffer.from(salt, 'base64'), { N, r, p });
  return key.length === expected.length && timingSafeEqual(key, expected);
}
