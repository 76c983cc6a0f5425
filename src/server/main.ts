import { pathToFileURL } from 'node:url';
import { createJsonLogger, type Logger } from '../shared/node/logger';
import { readServerConfig, ServerConfigError } from './config';
import { openNewsroomServer, type NewsroomServer } from './newsroom-server';

/**
 * `npm run server`: reads the environment, opens (and migrates) the database, creates the first
 * account if asked, and serves until SIGINT/SIGTERM.
 *
 * The first account (admin + editor-in-chief) comes from NEWSDESK_ADMIN_USERNAME and
 * NEWSDESK_ADMIN_PASSWORD (never from the command line, where `ps` would show the password), plus
 * NEWSDESK_NEWSROOM_NAME. It is made only while the server has no account; `--create-admin` makes
 * that a requirement (the start fails if it cannot be made).
 */
export async function startServer(argv: readonly string[], env: NodeJS.ProcessEnv, logger: Logger): Promise<{ server: NewsroomServer; url: string }> {
  const unknown = argv.filter((argument) => argument !== '--create-admin');
  if (unknown.length > 0) throw new ServerConfigError(`Unknown argument: ${unknown.join(' ')} (the only one is --create-admin)`);
  const config = readServerConfig(env);
  const server = await openNewsroomServer({ config, logger });
  try {
    await createFirstAccount(server, env, argv.includes('--create-admin'), logger);
    const { url } = await server.listen();
    return { server, url };
  } catch (error) {
    await server.close();
    throw error;
  }
}

async function createFirstAccount(server: NewsroomServer, env: NodeJS.ProcessEnv, required: boolean, logger: Logger): Promise<void> {
  const username = env.NEWSDESK_ADMIN_USERNAME?.trim();
  const password = env.NEWSDESK_ADMIN_PASSWORD;
  if (!username || !password) {
    if (required) throw new ServerConfigError('--create-admin needs NEWSDESK_ADMIN_USERNAME and NEWSDESK_ADMIN_PASSWORD');
    return;
  }
  if ((await server.accounts.count()) > 0) {
    if (required) throw new ServerConfigError('--create-admin: this server already has accounts');
    return;
  }
  const account = await server.accounts.createFirst(
    { username, password, displayName: env.NEWSDESK_ADMIN_DISPLAY_NAME?.trim() || username, initials: username.slice(0, 30) },
    env.NEWSDESK_NEWSROOM_NAME?.trim() || 'Tòa soạn',
  );
  logger.info('created the first account', { accountId: account.id, username: account.username });
}

async function main(): Promise<void> {
  const logger = createJsonLogger();
  try {
    const { server, url } = await startServer(process.argv.slice(2), process.env, logger);
    process.stdout.write(`Newsdesk server listening on ${url}\n`);
    const stop = () => {
      void server.close().then(() => process.exit(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) void main();
