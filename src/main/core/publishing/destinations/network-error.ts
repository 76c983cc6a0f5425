/** Plain-words reason for a network failure, without internals (no stack, no request headers). */
export function describeNetworkError(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const code = (cause as { code?: string } | null)?.code;
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return 'The site did not answer in time';
  if (code === 'ECONNREFUSED') return 'The site refused the connection';
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return 'The connection was cut off';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'The site’s address could not be found (offline?)';
  return 'The site could not be reached';
}
