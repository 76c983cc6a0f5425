import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { contentTypeOf, resolveRendererAsset } from '../../src/main/renderer-assets';
import { CONTENT_SECURITY_POLICY } from '../../src/shared/security/content-security-policy';

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves a folder on 127.0.0.1 the way Electron's app:// handler serves the built renderer: the
 * same path resolution and the same CSP header.
 */
export async function serveDirectory(rootDir: string): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = resolveRendererAsset(rootDir, pathname);
    const notFound = () => response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    if (!file) return notFound();
    readFile(file).then(
      (content) =>
        response
          .writeHead(200, {
            'Content-Type': contentTypeOf(file),
            'Content-Security-Policy': CONTENT_SECURITY_POLICY,
            'Cache-Control': 'no-store',
          })
          .end(content),
      notFound,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
