import type { ConnectionCheck, DestinationSummary } from '../../../shared/domain/destination';
import { notFoundError } from '../../../shared/errors';
import type { Clock } from '../clock';
import { newId } from '../ids';
import type { Settings, SettingsStore } from '../settings/settings-store';
import { checkDestinationUrl } from './destination-url';
import type { Destination } from './destinations/destination';
import { createHttpPushDestination, pingHttpDestination } from './destinations/http-push';
import type { NinjsOptions } from './ninjs/ninjs-document';
import { ninjsDocument } from './ninjs/ninjs-document';
import type { SecretBox } from './secret-box';
import type { PublicationPayload } from '../../../shared/domain/publication-payload';

type StoredDestination = Settings['destinations'][number];

export interface DestinationInput {
  /** Absent to add a destination. */
  id?: string | undefined;
  name: string;
  url: string;
  enabled: boolean;
  /** A new signing secret; absent keeps the stored one. Write-only: it is never read back. */
  secret?: string | undefined;
}

/**
 * The configured destinations (today: ninjs HTTP push), kept in settings with their secrets
 * encrypted by the SecretBox. Summaries for the renderer never carry a secret; the secret is
 * decrypted only when a delivery or a connection check needs it.
 */
export interface DestinationRegistry {
  list(): DestinationSummary[];
  save(input: DestinationInput): DestinationSummary;
  remove(id: string): void;
  /** The enabled destinations' ids: each published version is queued for each of them. */
  enabledIds(): string[];
  /** The destination that delivers for this id, or undefined if it was removed. */
  destinationFor(id: string): Destination | undefined;
  /** Sends a signed ping and reports how the destination answered. */
  check(id: string): Promise<ConnectionCheck>;
}

const summaryOf = (stored: StoredDestination): DestinationSummary => ({
  id: stored.id,
  name: stored.name,
  kind: stored.kind,
  url: stored.url,
  enabled: stored.enabled,
  hasSecret: stored.secretCipher !== null,
});

export function createDestinationRegistry(options: {
  settings: SettingsStore;
  secrets: SecretBox;
  clock: Clock;
  ninjs: NinjsOptions;
}): DestinationRegistry {
  const { settings, secrets, clock } = options;
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
      const stored: StoredDestination = {
        id: existing?.id ?? newId(clock),
        name: input.name,
        kind: 'ninjs-http',
        url: input.url,
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
    enabledIds: () => all().filter((destination) => destination.enabled).map((destination) => destination.id),
    destinationFor(id) {
      const stored = all().find((destination) => destination.id === id);
      if (!stored) return undefined;
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
      return pingHttpDestination({ url: stored.url, secret: secretOf(stored), at: clock.now() });
    },
  };
}
