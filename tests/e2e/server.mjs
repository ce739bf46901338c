// A static file server for dist/ on 127.0.0.1, optionally under a sub-path, as a static host would serve it.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { withTrap } from './trap.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

/** Serves `root` at `http://127.0.0.1:<port><base>`; resolves to { url, close }. With
 * `compress`, answers clients that accept brotli with brotli, as static hosts do (the benchmark
 * uses it, so Lighthouse sees real transfer sizes). With `trap`, every HTML page carries the error
 * trap of trap.mjs, for engines whose driver reports no console messages. The returned `wasm`
 * decides how the wasm is served from then on: 'serve' (the default), 'hold' (answered only once
 * set back to 'serve', as on a slow network) or 'block' (refused, as by a proxy or an extension),
 * never from a cache. The returned `slow(pattern, ms)` answers paths that match `pattern` only
 * `ms` later, until `slow(null)`. */
export async function serve(root, base = '/', { compress = false, trap = false } = {}) {
  const compressed = new Map();
  // Paths answered only after a delay (`slow`), as over a stalled connection.
  let slowed = null;
  let wasmMode = 'serve';
  let release = () => {};
  let released = Promise.resolve();
  const wasm = (mode) => {
    wasmMode = mode;
    if (mode === 'hold') released = new Promise((resolve) => { release = resolve; });
    else release();
  };
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (slowed?.pattern.test(path)) await new Promise((resolve) => setTimeout(resolve, slowed.ms));
    if (path.endsWith('.wasm')) {
      res.setHeader('cache-control', 'no-store');
      if (wasmMode === 'block') return send(res, 503, 'blocked by the test');
      await released;
    }
    if (!path.startsWith(base)) return send(res, 404, 'not under the base path');
    const top = normalize(root).replace(/[\\/]+$/, '');
    let file = normalize(join(top, path.slice(base.length)));
    if (file !== top && !file.startsWith(top + sep)) return send(res, 403, 'outside root');
    try {
      let stats = await stat(file);
      if (stats.isDirectory()) {
        file = join(file, 'index.html');
        stats = await stat(file);
      }
      // As static hosts do: a file's date, so a browser may keep it a while (a sheet the app moves
      // is then not fetched again). Never for the wasm, which the tests hold or block.
      if (!path.endsWith('.wasm')) res.setHeader('last-modified', stats.mtime.toUTCString());
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const body = trap && type.startsWith('text/html') ? withTrap(await readFile(file, 'utf8')) : await readFile(file);
      const accepts = (req.headers['accept-encoding'] ?? '').split(',').some((e) => e.trim() === 'br');
      if (compress && type !== 'image/png' && accepts) {
        if (!compressed.has(file)) compressed.set(file, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
        res.writeHead(200, { 'content-type': type, 'content-encoding': 'br', vary: 'accept-encoding' });
        return res.end(compressed.get(file));
      }
      res.writeHead(200, { 'content-type': type, ...(compress ? { vary: 'accept-encoding' } : {}) });
      res.end(body);
    } catch (err) {
      if (err.code === 'ENOENT' || err.code === 'ENOTDIR') send(res, 404, 'not found');
      else send(res, 500, String(err));
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}${base}`,
    wasm,
    slow: (pattern, ms) => { slowed = pattern ? { pattern, ms } : null; },
    close: () => { release(); return shut(server); },
  };
}

/** Stops `server`, ending the connections a browser keeps open too: with one still open (a page
 * left on its origin), `close()` alone waits for it for ever. */
export function shut(server) {
  const closed = new Promise((resolve) => server.close(resolve));
  server.closeAllConnections();
  return closed;
}

function send(res, status, text) {
  res.writeHead(status, { 'content-type': 'text/plain' });
  res.end(text);
}
