import { safeStorage } from 'electron';
import type { SecretBox } from './core/publishing/secret-box';

/**
 * Destination secrets encrypted with the OS keychain (Keychain, DPAPI, libsecret) through Electron's
 * safeStorage. Refuses to store anything when the keychain is unavailable, rather than keeping a
 * secret in the clear.
 */
export const safeStorageSecretBox: SecretBox = {
  encrypt(plain) {
    if (!safeStorage.isEncryptionAvailable()) throw new Error('The system keychain is not available to store secrets');
    return safeStorage.encryptString(plain).toString('base64');
  },
  decrypt: (cipher) => safeStorage.decryptString(Buffer.from(cipher, 'base64')),
};
