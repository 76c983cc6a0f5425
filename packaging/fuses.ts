import { join } from 'node:path';
import { flipFuses, FuseV1Options, FuseVersion, type FuseV1Config } from '@electron/fuses';
import type { AfterPackContext, LinuxPackager } from 'electron-builder';

/**
 * The Electron fuses of the packaged app (#13 item 6). Fuses are bits in the Electron binary
 * itself, so nothing at run time (an environment variable, a command-line flag, a swapped
 * app folder) can turn these features back on.
 */
export const FUSES = {
  // ELECTRON_RUN_AS_NODE would turn the signed app into a general Node interpreter.
  [FuseV1Options.RunAsNode]: false,
  // NODE_OPTIONS could preload any script into main (--require).
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  // --inspect / --inspect-brk would open a debugger on the main process.
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // The app.asar's hash is checked against the one recorded in the signed binary.
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  // Only app.asar is loaded, never a loose resources/app folder placed beside it.
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  // Cookies (the window session's) are encrypted with the OS keychain's key.
  [FuseV1Options.EnableCookieEncryption]: true,
  // The renderer is served from newsdesk://app, so file:// needs no extra powers.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
} as const satisfies Partial<Record<FuseV1Options, boolean>>;

/** Where the Electron executable lies in the unpacked app electron-builder just made. */
export function packagedExecutable(context: Pick<AfterPackContext, 'appOutDir' | 'electronPlatformName' | 'packager'>): string {
  const { appOutDir, electronPlatformName, packager } = context;
  switch (electronPlatformName) {
    case 'darwin':
    case 'mas':
      return join(appOutDir, `${packager.appInfo.productFilename}.app`);
    case 'win32':
      return join(appOutDir, `${packager.appInfo.productFilename}.exe`);
    default:
      // On Linux the packager is electron-builder's LinuxPackager, which names the executable.
      return join(appOutDir, (packager as LinuxPackager).executableName);
  }
}

/**
 * electron-builder's afterPack hook: runs after the app is packed and before it is signed, so the
 * signature covers the flipped fuses. On macOS flipping breaks the ad-hoc signature Electron ships
 * with; it is reset so an unsigned local build still starts (a real signing step signs it again).
 */
export async function flipPackagedFuses(context: AfterPackContext): Promise<void> {
  const config: FuseV1Config = {
    version: FuseVersion.V1,
    resetAdHocDarwinSignature: context.electronPlatformName === 'darwin',
    ...FUSES,
  };
  await flipFuses(packagedExecutable(context), config);
}
