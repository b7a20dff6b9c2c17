import { describe, expect, it } from 'vitest';
import { hashSecret, SECRET_COST, verifySecret } from '../../../../electron/teaching/secret-hash';

const CHEAP = { N: 2 ** 10, r: 8, p: 1 };

describe('secret hash', () => {
  it('verifies the right code and refuses a wrong one', async () => {
    const stored = await hashSecret('2468', CHEAP);
    expect(stored).not.toContain('2468');
    expect(await verifySecret('2468', stored)).toBe(true);
    expect(await verifySecret('2469', stored)).toBe(false);
  });

  it('salts every hash, so the same code never hashes the same twice', async () => {
    expect(await hashSecret('2468', CHEAP)).not.toBe(await hashSecret('2468', CHEAP));
  });

  it('refuses stored values it did not make', async () => {
    for (const stored of ['', '2468', 'scrypt$1$8$1$AAAA$AAAA', 'scrypt$x$8$1$a$b', 'bcrypt$1$2$3$4$5']) {
      expect(await verifySecret('2468', stored)).toBe(false);
    }
  });

  // scrypt at N = 2^17 on a shared CI core can take seconds: a wait, not a speed check.
  it('uses the staff PIN costs by default', { timeout: 60_000 }, async () => {
    expect(SECRET_COST).toEqual({ N: 2 ** 17, r: 8, p: 1 });
    const stored = await hashSecret('2468');
    expect(stored.startsWith(`scrypt$${2 ** 17}$8$1$`)).toBe(true);
    expect(await verifySecret('2468', stored)).toBe(true);
  });
});
