import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/**
 * Real file systems that run out of space or turn read-only, for the disk tests (#13 item 3):
 *
 * - a tmpfs of a few MiB (`mountSmallDisk`), filled with a filler file and freed again;
 * - an ext4 image on a loop device mounted `errors=remount-ro` (`mountFailingDisk`): its
 *   `trigger_fs_error` makes the kernel turn it read-only at once, as it does when a disk fails,
 *   even while the database is open for writing. `mount -o remount,ro` cannot do that: Linux
 *   refuses ("mount point is busy") while any file on it is open for writing.
 *
 * Both need root (CI and the dev machine run as root); `whyNoSmallDisk` / `whyNoFailingDisk` say
 * why not, so a test can skip and print it. Nothing here pretends: the errors the app sees are the
 * kernel's own ENOSPC and EROFS, and SQLite's SQLITE_FULL and SQLITE_IOERR_WRITE.
 */

const run = (command: string, args: string[]): string => execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

function mountPoint(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Unmounts (lazily, so a file the test still holds never blocks it) and removes the folder. */
function unmount(folder: string): void {
  try {
    run('umount', ['-l', folder]);
  } catch {
    // Not mounted (any more): nothing to undo.
  }
  rmSync(folder, { recursive: true, force: true });
}

const failure = (error: unknown): string => (error instanceof Error ? error.message.split('\n')[0]! : String(error));

export interface SmallDisk {
  /** The mounted folder: put the data directory here. */
  folder: string;
  /** Writes a filler file until the disk refuses (ENOSPC): every later write that needs a new block fails. */
  fill(): void;
  /** Removes the filler: the space is back. */
  free(): void;
  unmount(): void;
}

export function whyNoSmallDisk(): string | null {
  if (process.platform !== 'linux') return `mounting a tmpfs needs Linux (this is ${process.platform})`;
  if (process.getuid?.() !== 0) return 'mounting a tmpfs needs root (run as root, as CI does)';
  const folder = mountPoint('newsdesk-tmpfs-probe-');
  try {
    run('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', folder]);
    return null;
  } catch (error) {
    return `mount -t tmpfs failed: ${failure(error)}`;
  } finally {
    unmount(folder);
  }
}

export function mountSmallDisk(bytes: number): SmallDisk {
  const folder = mountPoint('newsdesk-small-disk-');
  run('mount', ['-t', 'tmpfs', '-o', `size=${bytes},mode=0755`, 'tmpfs', folder]);
  const filler = join(folder, 'filler');
  return {
    folder,
    fill() {
      const file = openSync(filler, 'a');
      try {
        // Large chunks first, then single bytes for the last partly used block.
        for (const size of [1 << 16, 1]) {
          const chunk = Buffer.alloc(size, 0x5a);
          try {
            for (;;) writeSync(file, chunk);
          } catch (error) {
            if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
          }
        }
      } finally {
        closeSync(file);
      }
    },
    free: () => rmSync(filler, { force: true }),
    unmount: () => unmount(folder),
  };
}

export interface FailingDisk {
  folder: string;
  /** The kernel turns the file system read-only now, open files and all (ext4 `errors=remount-ro`). */
  failToReadOnly(): void;
  /** After the app let go of it: unmount, `e2fsck`, mount read-write again (what an admin would do). */
  repair(): void;
  unmount(): void;
}

export function whyNoFailingDisk(): string | null {
  if (process.platform !== 'linux') return `an ext4 image on a loop device needs Linux (this is ${process.platform})`;
  if (process.getuid?.() !== 0) return 'mounting an ext4 image needs root (run as root, as CI does)';
  if (!existsSync('/dev/loop-control')) return 'no loop devices (/dev/loop-control is missing)';
  for (const tool of ['mkfs.ext4', 'e2fsck']) {
    try {
      run('sh', ['-c', `command -v ${tool}`]);
    } catch {
      return `${tool} is missing (apt-get install e2fsprogs)`;
    }
  }
  try {
    mountFailingDisk(4 * 1024 * 1024).unmount();
    return null;
  } catch (error) {
    return `mounting an ext4 image failed: ${failure(error)}`;
  }
}

export function mountFailingDisk(bytes: number): FailingDisk {
  const image = join(mkdtempSync(join(tmpdir(), 'newsdesk-ext4-image-')), 'disk.img');
  const folder = mountPoint('newsdesk-failing-disk-');
  const mount = () => run('mount', ['-o', 'loop,errors=remount-ro', image, folder]);
  const removeImage = () => rmSync(join(image, '..'), { recursive: true, force: true });
  try {
    writeFileSync(image, '');
    run('truncate', ['-s', String(bytes), image]);
    run('mkfs.ext4', ['-q', '-F', image]);
    mount();
  } catch (error) {
    unmount(folder);
    removeImage();
    throw error;
  }
  return {
    folder,
    failToReadOnly() {
      // mount -o loop picks a free /dev/loopN; ext4's sysfs folder is named after it.
      const device = basename(run('findmnt', ['-n', '-o', 'SOURCE', folder]).trim());
      // What was committed before the failure reaches the disk first, as the kernel's writeback
      // would have done by then: the test is about what the app does from this moment on.
      run('sync', ['-f', folder]);
      writeFileSync(`/sys/fs/ext4/${device}/trigger_fs_error`, 'newsdesk disk test\n');
    },
    repair() {
      run('umount', [folder]);
      try {
        run('e2fsck', ['-f', '-y', image]);
      } catch (error) {
        // Exit status 1: errors were found and corrected, which is what a forced error leaves.
        if ((error as { status?: number }).status !== 1) throw error;
      }
      mount();
    },
    unmount() {
      // The loop device goes with the mount (mount -o loop sets it to clear itself).
      unmount(folder);
      removeImage();
    },
  };
}
