import type { ConnectionCheck, DestinationKind, DestinationSummary } from '../../../shared/domain/destination';
import { notFoundError, validationError } from '../../../shared/errors';
import type { Clock } from '../../../shared/clock';
import { newId } from '../../../shared/ids';
import type { Settings, SettingsStore } from '../settings/settings-store';
import { checkDestinationUrl } from './destination-url';
import type { Destination, PhotoBytes } from './destinations/destination';
import { createHttpPushDestination, pingHttpDestination } from './destinations/http-push';
import { createWebsiteDestination, WEBSITE_DESTINATION } from './destinations/website/website-destination';
import { checkWordPressConnection } from './destinations/wordpress/connection-check';
import { createWordPressDestination } from './destinations/wordpress/wordpress-destination';
import type { NinjsOptions } from './ninjs/ninjs-document';
import { ninjsDocument } from './ninjs/ninjs-document';
import type { SecretBox } from './secret-box';
import type { PublicationPayload } from '../../../shared/domain/publication-payload';

type StoredDestination = Settings['destinations'][number];

export interface DestinationInput {
  /** Absent to add a destination. */
  id?: string | undefined;
  /** Chosen when the destination is added (default ninjs HTTP push); an edit keeps it. */
  kind?: DestinationKind | undefined;
  name: string;
  url: string;
  /** The WordPress account (WordPress only). */
  username?: string | undefined;
  enabled: boolean;
  /**
   * A new signing secret or WordPress application password; absent keeps the stored one.
   * Write-only: it is never read back.
   */
  secret?: string | undefined;
}

/**
 * Every destination a newsroom publishes to: the built-in website folder (id WEBSITE_DESTINATION,
 * always on, nothing to set up) and the configured ones (ninjs HTTP push, WordPress), kept in
 * settings with their secrets encrypted by the SecretBox. Summaries for the renderer never carry
 * a secret; the secret is decrypted only when a delivery or a connection check needs it.
 */
export interface DestinationRegistry {
  /** The configured destinations (the built-in website has no settings to show or edit). */
  list(): DestinationSummary[];
  save(input: DestinationInput): DestinationSummary;
  remove(id: string): void;
  /** The built-in website's id, then the enabled configured ones: each published version is queued for each. */
  enabledIds(): string[];
  /** The destination that delivers for this id, or undefined if it was removed. */
  destinationFor(id: string): Destination | undefined;
  /** Sends a signed ping (ninjs) or signs in (WordPress) and reports how the destination answered. */
  check(id: string): Promise<ConnectionCheck>;
}

const summaryOf = (stored: StoredDestination): DestinationSummary => ({
  id: stored.id,
  name: stored.name,
  kind: stored.kind,
  url: stored.url,
  ...(stored.kind === 'wordpress' ? { username: stored.username ?? '' } : {}),
  enabled: stored.enabled,
  hasSecret: stored.secretCipher !== null,
});

/** A WordPress destination cannot work without its account and application password. */
function checkWordPressInput(input: DestinationInput, existing: StoredDestination | null) {
  if (!input.username?.trim()) {
    throw validationError('A WordPress destination needs the user name it publishes as', [{ path: 'username', message: 'required' }]);
  }
  if (!input.secret && !existing?.secretCipher) {
    throw validationError('A WordPress destination needs an application password', [{ path: 'secret', message: 'required' }]);
  }
}

export function createDestinationRegistry(options: {
  settings: SettingsStore;
  secrets: SecretBox;
  clock: Clock;
  ninjs: NinjsOptions;
  /** Photos' web renditions, for destinations that send them (the website folder, WordPress). */
  photo: PhotoBytes;
  /** The built-in website destination's folder. */
  siteFolder: string;
}): DestinationRegistry {
  const { settings, secrets, clock } = options;
  // Built on first use: creating it makes the folder and sweeps a crash's temp files out of it.
  let website: Destination | null = null;
  const builtInWebsite = (): Destination => (website ??= createWebsiteDestination({ siteFolder: options.siteFolder, photo: options.photo }));
  const all = () => settings.get('destinations');
  const find = (id: string): StoredDestination => {
    const stored = all().find((destination) => destination.id === id);
    if (!stored) throw notFoundError(`Destination ${id} does not exist`);
    return stored;
  };

  const secretOf = (stored: StoredDestination): string => (stored.secretCipher ? secrets.decrypt(stored.secretCipher) : '');

  return {
    list: () => all().map(summaryOf),
    save(input) {
      checkDestinationUrl(input.url);
      const existing = input.id ? find(input.id) : null;
      const kind = existing?.kind ?? input.kind ?? 'ninjs-http';
      if (kind === 'wordpress') checkWordPressInput(input, existing);
      const stored: StoredDestination = {
        id: existing?.id ?? newId(clock),
        name: input.name,
        kind,
        url: input.url,
        ...(kind === 'wordpress' ? { username: input.username!.trim() } : {}),
        enabled: input.enabled,
        secretCipher: input.secret ? secrets.encrypt(input.secret) : (existing?.secretCipher ?? null),
      };
      settings.set('destinations', [...all().filter((destination) => destination.id !== stored.id), stored]);
      return summaryOf(stored);
    },
    remove(id) {
      find(id);
      settings.set('destinations', all().filter((destination) => destination.id !== id));
    },
    enabledIds: () => [WEBSITE_DESTINATION, ...all().filter((destination) => destination.enabled).map((destination) => destination.id)],
    destinationFor(id) {
      if (id === WEBSITE_DESTINATION) return builtInWebsite();
      const stored = all().find((destination) => destination.id === id);
      if (!stored) return undefined;
      if (stored.kind === 'wordpress') {
        return createWordPressDestination({
          id: stored.id,
          siteUrl: stored.url,
          username: stored.username ?? '',
          applicationPassword: secretOf(stored),
          photo: options.photo,
        });
      }
      return createHttpPushDestination({
        id: stored.id,
        url: stored.url,
        secret: secretOf(stored),
        format: (delivery) =>
          ninjsDocument(delivery.payload as PublicationPayload, delivery.action === 'unpublish' ? 'canceled' : 'usable', options.ninjs),
      });
    },
    check(id) {
      const stored = find(id);
      if (stored.kind === 'wordpress') {
        return checkWordPressConnection({ siteUrl: stored.url, username: stored.username ?? '', applicationPassword: secretOf(stored), at: clock.now() });
      }
      return pingHttpDestination({ url: stored.url, secret: secretOf(stored), at: clock.now() });
    },
  };
}
