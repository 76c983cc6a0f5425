import type { ConnectionCheck } from '../../../../../shared/domain/destination';
import { checkDestinationUrl } from '../../destination-url';
import { createWordPressClient, type WordPressSite } from './wordpress-client';

interface CurrentUser {
  name?: string;
  capabilities?: Record<string, boolean>;
}

/** What Newsdesk does on the site, by the WordPress capability it takes. */
const NEEDED_CAPABILITIES = {
  publish_posts: 'publish posts',
  edit_published_posts: 'update published posts',
  upload_files: 'upload photos',
  manage_categories: 'add categories',
} as const;

/**
 * "Kiểm tra kết nối" for WordPress: signs in with the application password (GET users/me) and
 * says whether the account may do what publishing needs. Nothing is written to the site.
 */
export async function checkWordPressConnection(site: WordPressSite & { at: Date }): Promise<ConnectionCheck> {
  try {
    checkDestinationUrl(site.siteUrl);
    const client = createWordPressClient(site, { idempotencyKey: `check:${site.at.getTime()}`, signal: AbortSignal.timeout(15_000) });
    const { body: user } = await client.request<CurrentUser>('/wp/v2/users/me', { query: { context: 'edit' } });
    const missing = Object.entries(NEEDED_CAPABILITIES)
      .filter(([capability]) => user.capabilities?.[capability] !== true)
      .map(([, words]) => words);
    if (missing.length > 0) {
      return { ok: false, status: 200, message: `Signed in as ${user.name ?? site.username}, but this account may not ${missing.join(', ')} (give it the Editor role)` };
    }
    return { ok: true, status: 200, message: `Signed in to WordPress as ${user.name ?? site.username}` };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const status = /answered (\d{3})/.exec(message)?.[1];
    return { ok: false, status: status ? Number(status) : null, message };
  }
}
