import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
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
