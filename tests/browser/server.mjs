// A static server for the built dist/, on 127.0.0.1 only, optionally under a sub-path
// (the app must work from any static host and any sub-path).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/** Serves `dist` at http://127.0.0.1:<free port><prefix>; resolves to { url, close }. */
export function serveDist(dist, prefix = '/') {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    if (!path.startsWith(prefix)) {
      response.writeHead(404).end();
      return;
    }
    let relative = normalize(path.slice(prefix.length)).replace(/^(\.\.[/\\])+/, '');
    if (relative === '' || relative === '.' || relative.endsWith('/')) relative = join(relative, 'index.html');
    try {
      const body = await readFile(join(dist, relative));
      response.writeHead(200, { 'content-type': TYPES[extname(relative)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      // Closing also drops the connections kept alive, so that a closed server is truly gone (the
      // offline test stops it to take the network away).
      const close = () => new Promise((done) => {
        server.close(done);
        server.closeAllConnections();
      });
      resolve({ url: `http://127.0.0.1:${port}${prefix}`, close });
    });
  });
}
