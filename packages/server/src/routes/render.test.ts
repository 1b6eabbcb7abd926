// `GET /v1/render/{element}`: an element's first view rendered on the server (Lit SSR) as an
// HTML fragment a host page inlines. What it holds, how it is cached, and that hostile data
// in the dataset cannot become markup in it.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Feed } from '@idokit/sdk';
import { fixtureFeed, fixtureNow } from '@idokit/sdk/testing';
import { importFeed } from '../data/dataset.js';
import { startTestServer, type TestServer } from '../testing/harness.js';

let server: TestServer;
let baseUrl: string;
// 09:30 in Zwolle's zone would be 10:30; the IDO desk there is open 10:00–12:00 (11:00Z).
const now = fixtureNow;

before(async () => {
  server = await startTestServer({ now: () => now });
  baseUrl = server.baseUrl;
});
after(() => server.close());

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${baseUrl}${path}`, { headers });
const HOURS = '/v1/render/ido-opening-hours?location=ido-zwolle-centrum';

/** The text a reader sees: the shadow root's styles and the light DOM's scripts dropped. */
const visible = (markup: string) =>
  markup
    .replace(/<style>[^]*?<\/style>/g, ' ')
    .replace(/<script[^>]*>[^]*?<\/script>/g, ' ')
    .replace(/<!--[^]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('GET /v1/render/ido-opening-hours', () => {
  test('the element with its shadow root in the HTML, its data and its JSON-LD', async () => {
    const response = await get(HOURS);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
    const body = await response.text();
    assert.match(
      body,
      /^<ido-opening-hours location="ido-zwolle-centrum" lang="nl" show="both"><template shadowrootmode="open"|^<ido-opening-hours location="ido-zwolle-centrum" lang="nl" show="both"><template shadowroot="open" shadowrootmode="open"/,
    );
    assert.ok(body.endsWith('</ido-opening-hours>'));
    const text = visible(body);
    assert.match(text, /Nu open · sluit om 12:00/);
    assert.match(text, /Vandaag: van 10:00 tot 12:00/);
    assert.match(text, /Maandag .* Dinsdag .* Woensdag/);
    assert.match(text, /Bel 038 123 45 67/);
    // The data the element takes over, with the instant it was rendered at.
    const seed = /<script type="application\/json" data-ido-location>([^]*?)<\/script>/.exec(body);
    const data = JSON.parse(seed![1]!) as { location: { id: string }; renderedAt: string };
    assert.equal(data.location.id, 'ido-zwolle-centrum');
    assert.equal(data.renderedAt, now.toISOString());
    // schema.org for search engines, in the light DOM as the element writes it in a browser.
    const ld = /<script type="application\/ld\+json">([^]*?)<\/script>/.exec(body);
    const jsonLd = JSON.parse(ld![1]!) as { '@type': string; department: { name: string } };
    assert.equal(jsonLd['@type'], 'Library');
    assert.equal(jsonLd.department.name, 'IDO Voorbeeldbibliotheek Zwolle Centrum');
  });

  test('display attributes: show, compact, no-json-ld', async () => {
    const compact = await (await get(`${HOURS}&compact=true&show=ido&no-json-ld=true`)).text();
    assert.match(compact, /^<ido-opening-hours [^>]*show="ido" compact no-json-ld>/);
    assert.match(visible(compact), /^Nu open · sluit om 12:00$/);
    assert.doesNotMatch(compact, /ld\+json/);
    const library = await (await get(`${HOURS}&show=library`)).text();
    assert.doesNotMatch(visible(library), /Informatiepunt Digitale Overheid deze week/);
  });

  test('languages: Arabic right to left, Turkish, Polish, Ukrainian, English', async () => {
    const ar = await (await get(`${HOURS}&lang=ar`)).text();
    assert.match(ar, /^<ido-opening-hours [^>]*lang="ar"/);
    assert.match(ar, /lang="ar"\s+dir="rtl"/);
    assert.match(visible(ar), /مفتوح الآن · يغلق الساعة 12:00/);
    const texts = new Set<string>();
    for (const lang of ['nl', 'en', 'tr', 'pl', 'uk']) {
      const body = await (await get(`${HOURS}&lang=${lang}`)).text();
      assert.match(body, new RegExp(`lang="${lang}"\\s+dir="ltr"`), lang);
      texts.add(visible(body));
    }
    assert.equal(texts.size, 5, 'each language reads differently');
  });

  test('cached: ETag, 304, max-age until the status next changes (at most 300 s)', async () => {
    const first = await get(HOURS);
    const etag = first.headers.get('etag')!;
    assert.match(etag, /^"[\w-]+"$/);
    assert.equal(first.headers.get('cache-control'), 'public, max-age=300');
    const again = await get(HOURS, { 'If-None-Match': etag });
    assert.equal(again.status, 304);
    assert.equal(await again.text(), '');
    // 90 s before the desk closes at 12:00 (11:00Z): the fragment is true for 90 s only, and
    // it is the same content as at 09:30 (same ETag), though rendered at another instant.
    const late = await server.startApp({ now: () => new Date('2026-11-18T10:58:30Z') });
    const closed = await server.startApp({ now: () => new Date('2026-11-18T11:00:30Z') });
    try {
      const response = await fetch(`${late.baseUrl}${HOURS}`);
      assert.equal(response.headers.get('cache-control'), 'public, max-age=90');
      assert.equal(response.headers.get('etag'), etag);
      assert.match(await response.text(), /"renderedAt":"2026-11-18T10:58:30.000Z"/);
      // After closing time the content, and so the ETag, differs.
      const after = await fetch(`${closed.baseUrl}${HOURS}`, {
        headers: { 'If-None-Match': etag },
      });
      assert.equal(after.status, 200);
      assert.notEqual(after.headers.get('etag'), etag);
      assert.match(visible(await after.text()), /Gesloten · open op vrijdag vanaf 13:00/);
    } finally {
      await late.close();
      await closed.close();
    }
  });

  test('the ETag changes when the dataset does', async () => {
    const before = (await get(HOURS)).headers.get('etag');
    const changed: Feed = structuredClone(fixtureFeed);
    changed.locations.find((l) => l.id === 'ido-zwolle-centrum')!.name += ' (verhuisd)';
    await importFeed(server.db, changed);
    try {
      let after = before;
      // The catalog checks the revision once a second.
      for (let i = 0; i < 50 && after === before; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        after = (await get(HOURS)).headers.get('etag');
      }
      assert.notEqual(after, before);
      assert.match(await (await get(HOURS)).text(), /aria-label="[^"]*\(verhuisd\)"/);
    } finally {
      await importFeed(server.db, fixtureFeed);
    }
  });

  test('bad input is a problem, never a 5xx', async () => {
    const cases: [string, number, string][] = [
      ['/v1/render/ido-unknown?location=ido-zwolle-centrum', 400, 'element'],
      ['/v1/render/ido-opening-hours', 400, 'location'],
      [`${HOURS}&lang=de`, 400, 'lang'],
      [`${HOURS}&show=all`, 400, 'show'],
      [`${HOURS}&compact=maybe`, 400, 'compact'],
      ['/v1/render/ido-opening-hours?location=%3Cscript%3E', 400, 'location'],
      ['/v1/render/ido-opening-hours?location=ido-nergens', 404, ''],
    ];
    for (const [path, status, field] of cases) {
      const response = await get(path);
      assert.equal(response.status, status, path);
      assert.match(response.headers.get('content-type') ?? '', /application\/problem\+json/);
      const problem = (await response.json()) as { errors?: { path: string }[] };
      if (field)
        assert.ok(
          problem.errors?.some((e) => e.path.includes(field)),
          path,
        );
    }
  });

  test('hostile location data stays text: no markup, no script, no unsafe link', async () => {
    const hostile: Feed = structuredClone(fixtureFeed);
    const zwolle = hostile.locations.find((l) => l.id === 'ido-zwolle-centrum')!;
    zwolle.name = 'Evil</script><script>alert(1)</script><img src=x onerror=alert(2)>';
    zwolle.bring = ['<!-- open comment', '</template><b>bold</b>'];
    zwolle.contact.website = 'javascript:alert(3)';
    await importFeed(server.db, hostile);
    try {
      let body = '';
      for (let i = 0; i < 50 && !body.includes('Evil'); i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        body = await (await get(HOURS)).text();
      }
      assert.match(body, /Evil/);
      // Only the two scripts the fragment has: its data and its JSON-LD.
      assert.equal(body.match(/<script/gi)?.length, 2);
      assert.equal(body.match(/<\/script>/gi)?.length, 2);
      // Outside the scripts and attribute values (where it is escaped text), no hostile markup.
      const markup = body.replace(/<script[^>]*>[^]*?<\/script>/g, '').replace(/="[^"]*"/g, '=""');
      assert.doesNotMatch(markup, /<img|<b>|onerror=alert|javascript:/i);
      assert.equal(body.match(/<\/template>/g)?.length, 1);
      // As text it reads as written.
      assert.match(
        visible(body),
        /&lt;!-- open comment &lt;\/template&gt;&lt;b&gt;bold&lt;\/b&gt;/,
      );
      assert.match(body, /aria-label="[^"]*Evil&lt;\/script&gt;&lt;script&gt;alert\(1\)/);
      // Inside the scripts `<` is escaped, and the JSON still reads back as the data.
      const seed = /data-ido-location>([^]*?)<\/script>/.exec(body)![1]!;
      assert.equal((JSON.parse(seed) as { location: { name: string } }).location.name, zwolle.name);
    } finally {
      await importFeed(server.db, fixtureFeed);
    }
  });

  test('in the OpenAPI document with its parameters and answers', async () => {
    const doc = (await (await get('/v1/openapi.json')).json()) as {
      paths: Record<string, { get: { parameters: { name: string }[]; responses: object } }>;
    };
    const op = doc.paths['/v1/render/{element}']!.get;
    assert.deepEqual(op.parameters.map((p) => p.name).sort(), [
      'If-None-Match',
      'compact',
      'element',
      'lang',
      'location',
      'no-json-ld',
      'show',
    ]);
    assert.deepEqual(Object.keys(op.responses).sort(), ['200', '304', '400', '404', '500']);
  });
});
