import { validationError } from '../../../shared/errors';

const isLoopback = (hostname: string): boolean =>
  hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname);

/**
 * Destination URLs must be HTTPS: published stories and signatures must not cross a network in
 * the clear. Plain HTTP is accepted only for this machine (loopback), for local gateways and tests.
 */
export function checkDestinationUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw validationError(`"${url}" is not a URL`, [{ path: 'url', message: 'not a URL' }]);
  }
  if (parsed.protocol === 'https:' || (parsed.protocol === 'http:' && isLoopback(parsed.hostname))) return parsed;
  throw validationError('Destination URLs must use https:// (plain http:// only for this machine)', [
    { path: 'url', message: 'https required' },
  ]);
}
