/** What a configured destination is: a ninjs HTTP push endpoint or a WordPress site. */
export const DESTINATION_KINDS = ['ninjs-http', 'wordpress'] as const;
export type DestinationKind = (typeof DESTINATION_KINDS)[number];

/** A configured publishing destination as the renderer sees it: never with its secret. */
export interface DestinationSummary {
  id: string;
  name: string;
  kind: DestinationKind;
  /** The endpoint (ninjs) or the site's home address (WordPress). */
  url: string;
  /** The WordPress account Newsdesk publishes as (WordPress only). */
  username?: string;
  enabled: boolean;
  /** Whether a secret is stored: a signing key or an application password (never sent to the renderer). */
  hasSecret: boolean;
}

export interface ConnectionCheck {
  ok: boolean;
  /** The HTTP status the destination answered with, or null when it could not be reached. */
  status: number | null;
  message: string;
}
