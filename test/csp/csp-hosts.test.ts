// The guide's strict Content-Security-Policy names every outside host the elements call, derived
// from the code rather than remembered: each absolute https:// address in the SDK's and the
// widgets' sources (and, once built, in the CDN bundle a page loads, dependencies included) is
// either in the example's policy — map tiles under img-src, anything else fetched under
// connect-src — or listed below as never requested, with why. A new host in the code fails this
// test until the guide (docs/embedding.md) or that list says what to do with it.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { root } from '../support/demo-server.js';

/** Hosts in the code that a browser never requests, and why. */
const NOT_REQUESTED: Record<string, string> = {
  'schema.org': 'the JSON-LD vocabulary (`@context`, day names): names, never fetched',
  'www.google.com': 'the route link a resident follows; a CSP does not limit where links go',
  'leafletjs.com': "Leaflet's attribution link on the map",
  'bugs.chromium.org': "a comment in Leaflet's styles",
  'bugzilla.mozilla.org': "a comment in Leaflet's styles",
};

/** Names reserved for documentation and tests (RFC 2606, RFC 6761): examples, never real hosts. */
const RESERVED = /(^|\.)(example|invalid|test|localhost)$/;

/** Every *.ts file below `dir` that ships: no tests, stories or test helpers. */
function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'testing' && name !== 'node_modules') sources(path, out);
    } else if (/\.ts$/.test(name) && !/\.(test|stories|bench)\.ts$|\.d\.ts$/.test(name))
      out.push(path);
  }
  return out;
}

/** The code without its comment lines (JSDoc, `//` and CSS comments name example addresses). */
const withoutComments = (text: string) =>
  text
    .split('\n')
    .filter((line) => !/^\s*(\/\/|\/\*|\*)/.test(line))
    .join('\n');

const URL_PATTERN = /https:\/\/[a-z0-9.-]+\.[a-z]{2,}[^\s'"`)<>\\]*/gi;

/** Each absolute address found, by host, with where it was found. */
function addresses(): Map<string, { urls: Set<string>; files: Set<string> }> {
  const found = new Map<string, { urls: Set<string>; files: Set<string> }>();
  const add = (text: string, file: string) => {
    for (const [url] of text.matchAll(URL_PATTERN)) {
      const host = new URL(url).hostname;
      if (RESERVED.test(host)) continue;
      const entry = found.get(host) ?? { urls: new Set(), files: new Set() };
      entry.urls.add(url);
      entry.files.add(file.slice(root.length));
      found.set(host, entry);
    }
  };
  for (const dir of ['packages/sdk/src', 'packages/widgets/src'])
    for (const file of sources(join(root, dir)))
      add(withoutComments(readFileSync(file, 'utf8')), file);
  const cdn = join(root, 'packages/widgets/cdn');
  if (existsSync(cdn))
    for (const name of readdirSync(cdn).filter((n) => n.endsWith('.js')))
      add(readFileSync(join(cdn, name), 'utf8'), join(cdn, name));
  return found;
}

/** The guide's strict policy, directive by directive (`img-src` → its sources). */
function guidePolicy(): Map<string, string[]> {
  const guide = readFileSync(join(root, 'docs/embedding.md'), 'utf8');
  const match = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(guide);
  assert.ok(match, 'the guide has a strict Content-Security-Policy example');
  return new Map(
    match[1]!
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

/** Whether `directive` of `policy` allows `host` (falling back to `default-src`, as browsers do). */
function allows(policy: Map<string, string[]>, directive: string, host: string): boolean {
  const sources = policy.get(directive) ?? policy.get('default-src') ?? [];
  return sources.includes(`https://${host}`);
}

const found = addresses();

test('the code calls PDOK for postcodes and map tiles (the check sees the addresses)', () => {
  // Without this, a broken pattern would find nothing and pass everything below.
  assert.ok(found.has('api.pdok.nl'), [...found.keys()].join(', '));
  assert.ok(found.has('service.pdok.nl'), [...found.keys()].join(', '));
});

test("the guide's strict CSP allows every host the elements call", () => {
  const policy = guidePolicy();
  const missing: string[] = [];
  for (const [host, { urls, files }] of found) {
    if (host in NOT_REQUESTED) continue;
    // A tile template ({z}/{x}/{y}) is loaded as images; anything else is fetched.
    const directive = [...urls].some((u) => /\{[xyz]\}/.test(u)) ? 'img-src' : 'connect-src';
    if (!allows(policy, directive, host))
      missing.push(`${directive} https://${host} (${[...files].join(', ')})`);
  }
  assert.deepEqual(
    missing,
    [],
    'add these to the CSP example in docs/embedding.md, or to NOT_REQUESTED here with why',
  );
});
