import { isCallName, type CallName } from '../../../shared/contract/calls';
import { contract, type AccessRule } from '../../../shared/contract/contract';
import { MAX_PHOTO_BYTES } from '../../../shared/domain/photo';
import type { User } from '../../../shared/domain/user';
import {
  AppError,
  forbiddenError,
  unauthenticatedError,
  validationError,
  type CallResult,
} from '../../../shared/errors';
import type { Logger } from '../../../shared/node/logger';
import type { Newsroom } from '../newsroom';
import { storageError } from '../storage-errors';
import type { CallContext } from './call-context';
import { createHandlers } from './handlers/create-handlers';
import type { Handlers } from './handlers/namespace-handlers';
import { checkPlainInput } from '../../../shared/contract/plain-input';
import { parseChecked } from '../../../shared/contract/parse-input';
import { createSession } from './session';
import { isTrustedSender, type Sender } from './trusted-sender';

/** Far above any real call (a long article is a few hundred kB); stops a flood before parsing. */
export const MAX_INPUT_BYTES = 8 * 1024 * 1024;

export interface Router {
  /** Never throws: every failure comes back as `{ ok: false, error }`. */
  dispatch(name: unknown, input: unknown, sender: Sender): Promise<CallResult<unknown>>;
}

export interface RouterOptions {
  newsroom: Newsroom;
  trustedOrigins: readonly string[];
  logger: Logger;
}

/** Calls that carry a photo get their own, larger cap: the photo's bytes plus a little for the rest. */
const INPUT_LIMITS: Partial<Record<CallName, number>> = {
  'media.importPhoto': MAX_PHOTO_BYTES + 64 * 1024,
};

/**
 * The input's size as it travels. Binary values count their byteLength: JSON.stringify would
 * write a Uint8Array as an object of indices, several times its real size.
 */
function measure(input: unknown): number {
  let binaryBytes = 0;
  // `this[key]` is the value before toJSON (a Buffer would already be `{ type, data: [...] }`).
  const json = JSON.stringify(input ?? null, function (this: Record<string, unknown>, key: string, value: unknown) {
    const original = this[key];
    if (ArrayBuffer.isView(original) || original instanceof ArrayBuffer) {
      binaryBytes += original.byteLength;
      return null;
    }
    return value;
  });
  return json.length + binaryBytes;
}

function checkSize(name: CallName, input: unknown): void {
  let size: number;
  try {
    size = measure(input);
  } catch {
    throw validationError('The input must be plain JSON data');
  }
  const limit = INPUT_LIMITS[name] ?? MAX_INPUT_BYTES;
  if (size > limit) {
    throw validationError(`The input is ${size} bytes; the limit is ${limit}`);
  }
}

function parseCall(name: CallName, input: unknown): unknown {
  checkPlainInput(input);
  checkSize(name, input);
  return parseChecked(contract[name].input, input, name);
}

function authorize(name: CallName, user: User | null, input: unknown): void {
  const rule = contract[name].access as AccessRule<unknown>;
  if (rule === 'public') return;
  if (!user) throw unauthenticatedError(`Sign in to call ${name}`);
  if (rule === 'signed-in') return;
  const allowed =
    typeof rule === 'function'
      ? rule(user, input)
      : rule.some((role) => user.roles.includes(role));
  if (!allowed) throw forbiddenError(`${user.username} may not call ${name}`);
}

/**
 * Calls not written to the log when they succeed: reads, and the draft journal's write every few
 * seconds while someone types. Everything that changes the newsroom is logged (name and user id,
 * never the input), and so is every refusal and failure.
 */
const UNLOGGED_CALLS: ReadonlySet<CallName> = new Set<CallName>([
  'session.current',
  'users.list',
  'users.colleagues',
  'articles.get',
  'notes.list',
  'audit.list',
  'publications.list',
  'publications.get',
  'outbox.list',
  'outbox.forArticle',
  'outbox.health',
  'publishing.status',
  'destinations.list',
  'categories.list',
  'settings.get',
  'revisions.list',
  'revisions.diff',
  'drafts.write',
  'drafts.recoverable',
  'media.rendition',
  'media.get',
  'media.list',
  'media.counts',
  'desk.list',
  'desk.counts',
  'search.articles',
  'savedSearches.list',
]);

/**
 * The one entry point for every call from a renderer, whatever carries it (Electron's ipcMain in
 * the app, Playwright's binding in the end-to-end tests): check the sender → find the call →
 * validate the input → check access for the signed-in user → run the handler → wrap the result or
 * the error. One router serves one window, and holds that window's session.
 */
export function createRouter({ newsroom, trustedOrigins, logger }: RouterOptions): Router {
  const handlers: Handlers = createHandlers(newsroom);
  const run = handlers as Record<CallName, (input: unknown, context: CallContext) => unknown>;
  const session = createSession(newsroom.users);

  return {
    async dispatch(name, input, sender) {
      try {
        if (!isTrustedSender(sender, trustedOrigins)) {
          logger.warn('refused a call from an untrusted frame', { url: sender.url, isMainFrame: sender.isMainFrame });
          throw forbiddenError('Calls are accepted only from the app’s own window');
        }
        if (!isCallName(name)) throw validationError(`Unknown call: ${String(name).slice(0, 100)}`);
        const parsed = parseCall(name, input);
        const user = session.currentUser();
        authorize(name, user, parsed);
        const value = await run[name](parsed, { user, session });
        if (!UNLOGGED_CALLS.has(name)) logger.info('call', { call: name, user: session.currentUser()?.id ?? user?.id ?? null });
        return { ok: true, value };
      } catch (error) {
        if (error instanceof AppError) {
          // The code only: a refusal's message may quote a user name or a field's text.
          logger.warn('call refused', { call: isCallName(name) ? name : null, code: error.code });
          return { ok: false, error: error.toData() };
        }
        const call = typeof name === 'string' ? name.slice(0, 100) : null;
        const cause = error instanceof Error ? error.message : String(error);
        // A full, read-only or failing disk is the user's to fix: say which, in their language.
        const storage = storageError(error, newsroom.dataDir);
        logger.error('call failed', storage ? { call, code: storage.code, error: cause } : { call, error: cause });
        if (storage) return { ok: false, error: storage.toData() };
        return { ok: false, error: { code: 'internal', message: 'Something went wrong in Newsdesk' } };
      }
    },
  };
}
