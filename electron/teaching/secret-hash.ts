/**
 * Hashes short numeric secrets (the ward teaching code) with scrypt from node:crypto
 * and checks them in constant time. The stored form carries its own parameters, so a
 * hash made with other costs (tests use cheap ones) still verifies.
 */
import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';

export interface ScryptCost {
  N: number;
  r: number;
  p: number;
}

/** The PIN's parameters (issue 4): N = 2^17, r = 8, p = 1. */
export const SECRET_COST: ScryptCost = { N: 2 ** 17, r: 8, p: 1 };
const KEY_LENGTH = 32;
const SALT_LENGTH = 16;

function scrypt(secret: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  // 128 * N * r bytes are needed; Node's default maxmem (32 MiB) refuses N = 2^17.
  const options: ScryptOptions = { ...cost, maxmem: 256 * cost.N * cost.r };
  return new Promise((resolve, reject) => {
    scryptCallback(secret, salt, KEY_LENGTH, options, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

export async function hashSecret(secret: string, cost: ScryptCost = SECRET_COST): Promise<string> {
  const salt = randomBytes(SALT_LENGTH);
  const key = await scrypt(secret, salt, cost);
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64'), key.toString('base64')].join('$');
}

/** False for a wrong secret and for a stored value that is not a hash this module made. */
export async function verifySecret(secret: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [N, r, p] = parts.slice(1, 4).map(Number);
  const salt = Buffer.from(parts[4] ?? '', 'base64');
  const expected = Buffer.from(parts[5] ?? '', 'base64');
  if (!N || !r || !p || N > 2 ** 20 || salt.length !== SALT_LENGTH || expected.length !== KEY_LENGTH) {
    return false;
  }
  const key = await scrypt(secret, salt, { N, r, p });
  return timingSafeEqual(key, expected);
}
