import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { containedPath } from '../../../shared/node/contained-path';
import { writeFileAtomic } from './atomic-file';

/**
 * Encrypts the secrets destinations need (HMAC keys, WordPress application passwords) before they
 * are stored. The app uses Electron's safeStorage (the OS keychain); tests and the CLI use the
 * key-file box below. Cipher texts are base64 strings.
 */
export interface SecretBox {
  encrypt(plain: string): string;
  decrypt(cipher: string): string;
}

/**
 * AES-256-GCM with a random key kept in a file of its own (mode 0600) in the data directory: real
 * encryption for where no keychain exists. The key file must never be committed or synced.
 */
export function createKeyFileSecretBox(dataDir: string): SecretBox {
  // A link to a key elsewhere would let whoever controls that file read every stored secret.
  const keyFile = containedPath(dataDir, 'secrets.key');
  if (!existsSync(keyFile)) writeFileAtomic(keyFile, randomBytes(32), 0o600);
  const key = readFileSync(keyFile);
  return {
    encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const sealed = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64');
    },
    decrypt(text) {
      const raw = Buffer.from(text, 'base64');
      const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
}
