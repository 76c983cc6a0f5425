import type { z } from 'zod';
import { isCallName, type CallName } from '../../../shared/contract/calls';
import { contract } from '../../../shared/contract/contract';
import type { User } from '../../../shared/domain/user';
import {
  AppError,
  forbiddenError,
  unauthenticatedError,
  validationError,
  type CallResult,
  type ValidationIssue,
} from '../../../shared/errors';
import type { Logger } from '../logger';
import type { Newsroom } from '../newsroom';
import { CALL_ACCESS, type AccessRule } from './call-access';
import { createHandlers, type CallContext, type Handlers } from './handlers';
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

const toIssues = (error: z.ZodError): ValidationIssue[] =>
  error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));

function checkSize(input: unknown): void {
  let size: number;
  try {
    size = JSON.stringify(input ?? null).length;
  } catch {
    throw validationError('The input must be plain JSON data');
  }
  if (size > MAX_INPUT_BYTES) {
    throw validationError(`The input is ${size} bytes; the limit is ${MAX_INPUT_BYTES}`);
  }
}

function parseInput(name: CallName, input: unknown): unknown {
  checkSize(input);
  const parsed = contract[name].input.safeParse(input);
  if (!parsed.success) throw validationError(`Invalid input for ${name}`, toIssues(parsed.error));
  return parsed.data;
}

function authorize(name: CallName, user: User | null, input: unknown): void {
  const rule = CALL_ACCESS[name] as AccessRule<CallName>;
  if (rule === 'public') return;
  if (!user) throw unauthenticatedError(`Sign in to call ${name}`);
  if (rule === 'signed-in') return;
  const allowed =
    typeof rule === 'function'
      ? (rule as (user: User, input: unknown) => boolean)(user, input)
      : rule.some((role) => user.roles.includes(role));
  if (!allowed) throw forbiddenError(`${user.username} may not call ${name}`);
}

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
        const parsed = parseInput(name, input);
        const user = session.currentUser();
        authorize(name, user, parsed);
        return { ok: true, value: await run[name](parsed, { user, session }) };
      } catch (error) {
        if (error instanceof AppError) return { ok: false, error: error.toData() };
        logger.error('call failed', {
          call: typeof name === 'string' ? name.slice(0, 100) : null,
          error: error instanceof Error ? error.message : String(error),
        });
        return { ok: false, error: { code: 'internal', message: 'Something went wrong in Newsdesk' } };
      }
    },
  };
}
