/** A configured publishing destination as the renderer sees it: never with its secret. */
export interface DestinationSummary {
  id: string;
  name: string;
  kind: 'ninjs-http';
  url: string;
  enabled: boolean;
  /** Whether a signing secret is stored (the secret itself never leaves main). */
  hasSecret: boolean;
}

export interface ConnectionCheck {
  ok: boolean;
  /** The HTTP status the destination answered with, or null when it could not be reached. */
  status: number | null;
  message: string;
}
