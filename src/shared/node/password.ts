import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { hash as argon2Hash, verify as argon2Verify } from '@node-rs/argon2';

/**
 * Password hashing for the laptop and the newsroom server alike. New hashes are argon2id
 * (@node-rs/argon2; its default algorithm, stored as a PHC string `$argon2id$v=19$m=…,t=…,p=…$salt$hash`
 * that carries its own parameters). Hashes written before that are scrypt (`scrypt$N$r$p$salt$hash`):
 * they still verify, and `needsRehash` tells the caller to replace them after the next good sign-in,
 * when the plain password is at hand.
 */

/** OWASP's minimum for argon2id (19 MiB, 2 passes, 1 lane): the library's defaults, written out. */
const ARGON2 = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
const ARGON2ID_PREFIX = `$argon2id$v=19$m=${ARGON2.memoryCost},t=${ARGON2.timeCost},p=${ARGON2.parallelism}$`;

/** User names and passwords are compared in NFC, so a password typed with Telex or VNI matches. */
const normalized = (password: string) => password.normalize('NFC');

export const hashPassword = (password: string): Promise<string> => argon2Hash(normalized(password), ARGON2);

/** True when `stored` is not an argon2id hash with today's parameters. */
export const needsRehash = (stored: string): boolean => !stored.startsWith(ARGON2ID_PREFIX);

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  if (stored.startsWith('$argon2')) {
    try {
      return await argon2Verify(stored, normalized(password));
    } catch {
      return false; // a damaged hash string matches no password
    }
  }
  if (stored.startsWith('scrypt$')) return verifyLegacyScrypt(password, stored);
  return false;
}

function deriveScrypt(password: string, salt: Buffer, options: ScryptOptions, keyLength: number): Promise<Buffer> {
  // maxmem must cover 128 · N · r bytes (32 MiB at the old defaults) with room to spare.
  const maxmem = 256 * (options.N ?? 0) * (options.r ?? 0);
  return new Promise((resolve, reject) =>
    scrypt(normalized(password), salt, keyLength, { ...options, maxmem }, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

async function verifyLegacyScrypt(password: string, stored: string): Promise<boolean> {
  const [, N, r, p, salt, hash] = stored.split('$');
  if (!N || !r || !p || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  try {
    const actual = await deriveScrypt(password, Buffer.from(salt, 'base64'), { N: Number(N), r: Number(r), p: Number(p) }, expected.length);
    return timingSafeEqual(actual, expected);
  } catch {
    return false;
  }
}

/**
 * Writes a hash the way the laptop did before argon2id (scrypt, N=2¹⁵, r=8, p=1), so tests can
 * prove that such accounts still sign in and are upgraded. Nothing else writes this form.
 */
export async function legacyScryptHash(password: string): Promise<string> {
  const salt = randomBytes(16);
  const [N, r, p] = [2 ** 15, 8, 1];
  const key = await deriveScrypt(password, salt, { N, r, p }, 32);
  return ['scrypt', N, r, p, salt.toString('base64'), key.toString('base64')].join('$');
}

/**
 * A hash of a random password, checked when the user name does not exist, so that a failed sign-in
 * takes as long for an unknown name as for a wrong password (no user enumeration by timing).
 */
let decoy: Promise<string> | null = null;
export const decoyHash = (): Promise<string> => (decoy ??= hashPassword(randomBytes(16).toString('hex')));
