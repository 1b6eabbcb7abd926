import assert from 'node:assert/strict';
import { mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { negotiateEncoding } from './static.js';
import { startTestServer, type TestServer } from './testing/harness.js';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

test('the staff service worker under /cdn/ may control a page outside it, and is revalidated', async () => {
  const cdn = await mkdtemp(join(tmpdir(), 'idokit-cdn-'));
  await writeFile(join(cdn, 'idokit-staff-sw.js'), 'self;');
  await writeFile(join(cdn, 'idokit.js'), 'export {};');
  const app = await server.startApp({ cdnDir: cdn });
  try {
    const worker = await fetch(`${app.baseUrl}/cdn/idokit-staff-sw.js`);
    assert.equal(worker.status, 200);
    assert.match(worker.headers.get('content-type') ?? '', /javascript/);
    assert.equal(worker.headers.get('service-worker-allowed'), '/');
    assert.equal(worker.headers.get('cache-control'), 'no-cache');
    const etag = worker.headers.get('etag')!;
    await worker.body?.cancel();
    const again = await fetch(`${app.baseUrl}/cdn/idokit-staff-sw.js`, {
      headers: { 'If-None-Match': etag },
    });
    assert.equal(again.status, 304);
    assert.equal(again.headers.get('service-worker-allowed'), '/');
    // Every other file keeps its own scope and caching.
    const loader = await fetch(`${app.baseUrl}/cdn/idokit.js`);
    assert.equal(loader.headers.get('service-worker-allowed'), null);
    assert.equal(loader.headers.get('cache-control'), 'public, max-age=300');
    await loader.body?.cancel();
    const missing = await fetch(`${app.baseUrl}/cdn/idokit-staff-sw.js.map`);
    assert.equal(missing.headers.get('service-worker-allowed'), null);
    await missing.body?.cancel();
  } finally {
    await app.close();
    await rm(cdn, { recursive: true, force: true });
  }
});

/** A GET or HEAD over plain node:http: the bytes as sent, nothing decoded. */
function raw(
  url: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks),
        }),
      );
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end();
  });
}

test('Accept-Encoding picks the highest q-value among the copies there are', () => {
  const both = ['br', 'gzip'] as const;
  const cases: [string | undefined, readonly ('br' | 'gzip')[], string][] = [
    [undefined, both, 'identity'],
    ['', both, 'identity'],
    ['gzip, deflate, br', both, 'br'],
    ['gzip, deflate, br', ['gzip'], 'gzip'],
    ['gzip, deflate, br', [], 'identity'],
    ['br;q=0.5, gzip;q=1', both, 'gzip'],
    ['br;q=0, gzip', both, 'gzip'],
    ['BR;Q=0.9, GZIP;q=0.8', both, 'br'],
    ['x-gzip', both, 'gzip'],
    ['*', both, 'br'],
    ['*;q=0.1, br;q=0', both, 'gzip'],
    ['identity', both, 'identity'],
    ['identity;q=0.5, gzip;q=0.4', both, 'identity'],
    ['deflate', both, 'identity'],
    ['br;q=bogus', both, 'br'],
  ];
  for (const [header, available, expected] of cases)
    assert.equal(negotiateEncoding(header, available), expected, `${header} of ${available}`);
});

test('/cdn/ sends the build-time brotli or gzip copy by Accept-Encoding, each its own ETag; hashed chunks are immutable', async () => {
  const cdn = await mkdtemp(join(tmpdir(), 'idokit-cdn-'));
  const loader = `export const chunks = ${JSON.stringify(Array.from({ length: 200 }, (_, i) => `idokit-part-${i}`))};\n`;
  const chunk = `export const text = ${JSON.stringify('Openingstijden van de bibliotheek. '.repeat(100))};\n`;
  await writeFile(join(cdn, 'idokit.js'), loader);
  await writeFile(join(cdn, 'idokit-ido-locator-Ab_d-1x9.js'), chunk);
  await writeFile(join(cdn, 'small.js'), 'export {};');
  const script = new URL('../../../scripts/precompress.mjs', import.meta.url).href;
  const { precompressFolder } = (await import(script)) as {
    precompressFolder: (dir: string) => { files: number };
  };
  assert.equal(precompressFolder(cdn).files, 2, 'the 10-byte file gets no copies');
  const app = await server.startApp({ cdnDir: cdn });
  try {
    const url = `${app.baseUrl}/cdn/idokit-ido-locator-Ab_d-1x9.js`;
    const br = await raw(url, { 'Accept-Encoding': 'gzip, deflate, br' });
    assert.equal(br.status, 200);
    assert.equal(br.headers['content-encoding'], 'br');
    assert.equal(br.headers['vary'], 'Accept-Encoding');
    assert.match(br.headers['content-type'] ?? '', /javascript/);
    assert.equal(br.headers['cache-control'], 'public, max-age=31536000, immutable');
    assert.equal(Number(br.headers['content-length']), br.body.length);
    assert.ok(br.body.length < chunk.length / 5, `${br.body.length} bytes of ${chunk.length}`);
    assert.equal(brotliDecompressSync(br.body).toString(), chunk);

    const gz = await raw(url, { 'Accept-Encoding': 'br;q=0.5, gzip' });
    assert.equal(gz.headers['content-encoding'], 'gzip');
    assert.equal(Number(gz.headers['content-length']), gz.body.length);
    assert.equal(gunzipSync(gz.body).toString(), chunk);
    assert.notEqual(gz.headers.etag, br.headers.etag);

    const plain = await raw(url, { 'Accept-Encoding': 'identity' });
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.equal(plain.headers['vary'], 'Accept-Encoding');
    assert.equal(Number(plain.headers['content-length']), Buffer.byteLength(chunk));
    assert.equal(plain.body.toString(), chunk);
    assert.equal(new Set([plain.headers.etag, gz.headers.etag, br.headers.etag]).size, 3);

    const head = await raw(url, { 'Accept-Encoding': 'br' }, 'HEAD');
    assert.equal(head.headers['content-encoding'], 'br');
    assert.equal(Number(head.headers['content-length']), br.body.length);
    assert.equal(head.body.length, 0);

    // Revalidation with any encoding's tag: 304, still varying, still immutable.
    for (const tag of [br.headers.etag!, gz.headers.etag!, plain.headers.etag!]) {
      const again = await raw(url, { 'Accept-Encoding': 'br', 'If-None-Match': tag });
      assert.equal(again.status, 304, tag);
      assert.equal(again.headers['vary'], 'Accept-Encoding');
      assert.equal(again.headers.etag, br.headers.etag);
      assert.equal(again.body.length, 0);
    }

    // The unhashed loader: compressed too, but revalidated after five minutes.
    const first = await raw(`${app.baseUrl}/cdn/idokit.js`, { 'Accept-Encoding': 'br' });
    assert.equal(first.headers['content-encoding'], 'br');
    assert.equal(first.headers['cache-control'], 'public, max-age=300');
    assert.equal(brotliDecompressSync(first.body).toString(), loader);

    // Too small for copies: as it is, no Vary.
    const small = await raw(`${app.baseUrl}/cdn/small.js`, { 'Accept-Encoding': 'br' });
    assert.equal(small.headers['content-encoding'], undefined);
    assert.equal(small.headers['vary'], undefined);
    assert.equal(small.body.toString(), 'export {};');

    // A file edited after the build: its copies are stale, so it goes out as it is now.
    const edited = loader.replace('idokit-part-0', 'idokit-part-X');
    await writeFile(join(cdn, 'idokit.js'), edited);
    await utimes(join(cdn, 'idokit.js'), new Date(), new Date(Date.now() + 5_000));
    const fresh = await raw(`${app.baseUrl}/cdn/idokit.js`, { 'Accept-Encoding': 'br, gzip' });
    assert.equal(fresh.headers['content-encoding'], undefined);
    assert.equal(fresh.body.toString(), edited);
    assert.equal(Number(fresh.headers['content-length']), Buffer.byteLength(edited));
  } finally {
    await app.close();
    await rm(cdn, { recursive: true, force: true });
  }
});
