import { existsSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { fileNameProblem } from '../text/file-name';

/** Why a path was refused: it would reach outside the folder it must stay in. */
export type UnsafePathReason = 'absolute' | 'parent_segment' | 'bad_segment' | 'outside_through_link';

/** A path that must stay inside a folder (the data directory, the website folder) and does not. */
export class UnsafePathError extends Error {
  constructor(
    readonly reason: UnsafePathReason,
    readonly path: string,
  ) {
    super(`Refused path ${JSON.stringify(path.slice(0, 200))}: ${REASONS[reason]}`);
    this.name = 'UnsafePathError';
  }
}

const REASONS: Record<UnsafePathReason, string> = {
  absolute: 'it must be relative to its folder',
  parent_segment: 'it may not contain ".." segments',
  bad_segment: 'a part of it is empty or holds control characters',
  outside_through_link: 'a symbolic link takes it outside its folder',
};

/** The nearest part of `path` that exists, resolved through every link (the path itself if it exists). */
function realNearest(path: string): string {
  let current = path;
  while (!existsSync(current)) {
    const parent = dirname(current);
    if (parent === current) return current;
    current = parent;
  }
  return realpathSync(current);
}

const isWithin = (root: string, path: string): boolean => {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
};

/**
 * Checks that `path` (a folder or file we are about to use) is `root` or lies under it once every
 * symbolic link on the way is followed: a link inside the folder that points elsewhere would make
 * us write, or delete, outside it. Parts that do not exist yet are judged by their nearest existing
 * parent (we create them ourselves, as real folders). Returns `path`.
 */
export function assertInside(root: string, path: string): string {
  const realRoot = realNearest(root);
  if (!isWithin(realRoot, realNearest(path))) throw new UnsafePathError('outside_through_link', path);
  return path;
}

/**
 * `root` joined with `relativePath` (segments separated by `/`), refused when it is absolute, has
 * a `..`, an empty or control-character segment, or leads out of `root` through a link.
 */
export function containedPath(root: string, relativePath: string): string {
  if (isAbsolute(relativePath) || relativePath.startsWith('/') || /^[A-Za-z]:/.test(relativePath)) {
    throw new UnsafePathError('absolute', relativePath);
  }
  const segments = relativePath.split('/');
  if (segments.includes('..')) throw new UnsafePathError('parent_segment', relativePath);
  if (segments.some((segment) => fileNameProblem(segment) !== null)) throw new UnsafePathError('bad_segment', relativePath);
  return assertInside(root, join(root, ...segments));
}
