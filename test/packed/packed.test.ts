// The published packages as a consumer gets them: `pnpm pack` makes the three tarballs (as
// `pnpm publish` would), plain npm installs them into a new project outside the workspace, and
// that project uses them the documented ways — Node, the server's command, Vite, TypeScript.
// Needs `pnpm build` first (the tarballs hold dist/ and cdn/) and the npm registry for the
// consumer's own tools and the packages' dependencies.
import assert from 'node:assert/strict';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { isBuiltin } from 'node:module';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { after, before, describe, test } from 'node:test';
import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const rootManifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  devDependencies: Record<string, string>;
};
const hostsManifest = JSON.parse(
  readFileSync(join(root, 'packages/hosts/package.json'), 'utf8'),
) as { devDependencies: Record<string, string> };
const PACKAGES = ['sdk', 'widgets', 'server'] as const;
const work = mkdtempSync(join(tmpdir(), 'idokit-packed-'));
const app = join(work, 'app');
const tarballs: Record<(typeof PACKAGES)[number], string> = { sdk: '', widgets: '', server: '' };

/** Runs a command and answers its output; a failure carries what it printed. */
async function sh(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  try {
    const { stdout, stderr } = await run(cmd, args, {
      cwd,
      env: { ...process.env, ...env },
      maxBuffer: 64 * 1024 * 1024,
      timeout: 8 * 60_000,
    });
    return { stdout, stderr };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${cmd} ${args.join(' ')} failed in ${cwd}:\n${e.stdout}\n${e.stderr}`, {
      cause: error,
    });
  }
}

function write(path: string, text: string) {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
}

/** Serves a folder over HTTP on a free loopback port. */
async function serveFolder(folder: string): Promise<{ server: Server; origin: string }> {
  const types: Record<string, string> = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.json': 'application/json',
    '.css': 'text/css',
  };
  const server = createServer((req, res) => {
    const path = join(folder, new URL(req.url ?? '/', 'http://x').pathname);
    const file = existsSync(path) && !path.endsWith('/') ? path : join(path, 'index.html');
    if (!existsSync(file)) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { server, origin: `http://127.0.0.1:${port}` };
}

let browser: Browser;

before(
  async () => {
    for (const name of PACKAGES) {
      const dir = join(root, 'packages', name);
      assert.ok(existsSync(join(dir, 'dist')), `packages/${name}/dist is missing: run pnpm build`);
      const { stdout } = await sh('pnpm', ['pack', '--pack-destination', work], dir);
      const tgz = stdout.trim().split('\n').at(-1)!.trim();
      tarballs[name] = tgz.startsWith('/') ? tgz : join(work, tgz);
      assert.ok(existsSync(tarballs[name]), `pnpm pack wrote no tarball for ${name}: ${stdout}`);
    }
    const pin = (name: string) => rootManifest.devDependencies[name]!;
    write(
      join(app, 'package.json'),
      JSON.stringify(
        {
          name: 'idokit-consumer',
          private: true,
          type: 'module',
          dependencies: {
            '@idokit/sdk': `file:${tarballs.sdk}`,
            '@idokit/widgets': `file:${tarballs.widgets}`,
            '@idokit/server': `file:${tarballs.server}`,
          },
          // tsx too: with it installed, the server's command used to run missing TS sources.
          // React for `@idokit/widgets/react` (an optional peer dependency).
          devDependencies: {
            vite: pin('vite'),
            typescript: pin('typescript'),
            tsx: pin('tsx'),
            react: hostsManifest.devDependencies.react!,
            '@types/react': hostsManifest.devDependencies['@types/react']!,
          },
        },
        null,
        2,
      ),
    );
    // --engine-strict: every package's `engines` must admit this Node.js, as the README promises.
    await sh(
      'npm',
      ['install', '--engine-strict', '--no-audit', '--no-fund', '--loglevel=error'],
      app,
    );
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  },
  { timeout: 10 * 60_000 },
);

after(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('the tarballs', () => {
  for (const name of PACKAGES) {
    test(`@idokit/${name} holds only what a consumer needs`, async () => {
      const { stdout } = await sh('tar', ['tzf', tarballs[name]], work);
      const files = stdout.trim().split('\n');
      const unwanted = files.filter(
        (f) =>
          f.endsWith('.tsbuildinfo') ||
          /\.(test|stories|bench)\.[jt]s/.test(f) ||
          f.endsWith('.d.ts.map') ||
          f.startsWith('package/src/') ||
          // The widgets' test helpers import dev-only packages; the SDK's `testing` entry (a
          // fake client for apps' own tests) is public and imports nothing but the SDK.
          (name === 'widgets' && f.startsWith('package/dist/testing/')),
      );
      assert.deepEqual(unwanted, []);
      assert.ok(files.includes('package/README.md') && files.includes('package/CHANGELOG.md'));

      const unpacked = join(work, `unpacked-${name}`);
      mkdirSync(unpacked, { recursive: true });
      await sh('tar', ['xzf', tarballs[name], '-C', unpacked], work);
      const manifestText = readFileSync(join(unpacked, 'package/package.json'), 'utf8');
      assert.doesNotMatch(manifestText, /workspace:/, 'a workspace: range leaked');
      const manifest = JSON.parse(manifestText) as Record<string, unknown>;
      assert.match(String((manifest.engines as { node?: string })?.node), /^>=20/);
      assert.ok(manifest.license, 'license');
      assert.ok((manifest.repository as { url?: string })?.url, 'repository');

      // Every package a shipped module imports is one of its dependencies or peer dependencies
      // (`react`, for `@idokit/widgets/react`), never a dev-only one.
      const deps = new Set([
        ...Object.keys((manifest.dependencies as object | undefined) ?? {}),
        ...Object.keys((manifest.peerDependencies as object | undefined) ?? {}),
      ]);
      for (const file of files.filter((f) => /^package\/(dist|bin)\/.*\.js$/.test(f))) {
        const code = readFileSync(join(unpacked, file), 'utf8');
        const specifiers = [
          ...code.matchAll(/^\s*(?:import|export)\b[^;'"]*?\bfrom\s*['"]([^'"]+)['"]/gm),
          ...code.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm),
          ...code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
        ].map((m) => m[1]!);
        for (const spec of specifiers.filter((s) => !s.startsWith('.'))) {
          if (isBuiltin(spec)) continue;
          const pkg = spec.startsWith('@')
            ? spec.split('/').slice(0, 2).join('/')
            : spec.split('/')[0]!;
          assert.ok(
            deps.has(pkg) || pkg === manifest.name,
            `${file} imports ${pkg}, not a dependency`,
          );
        }
      }

      // Every shipped source map carries its sources, so a consumer's debugger can show them.
      const maps = files.filter((f) => f.endsWith('.js.map'));
      for (const map of maps) {
        const json = JSON.parse(readFileSync(join(unpacked, map), 'utf8')) as {
          sources: string[];
          sourcesContent?: (string | null)[];
        };
        assert.equal(
          json.sourcesContent?.filter((c) => typeof c === 'string').length,
          json.sources.length,
          `${map} has no sourcesContent`,
        );
      }

      // Self-consistent: the manifest names only files that are in the tarball. No condition
      // points at the workspace's TypeScript sources, every `exports` target exists (a `*`
      // target: some file matches it), and so does every `sideEffects` path without a glob.
      assert.doesNotMatch(
        JSON.stringify(manifest.exports),
        /@idokit\/source|\/src\//,
        'the workspace condition leaked',
      );
      const shipped = new Set(files.map((f) => f.replace(/^package\//, './')));
      const targets = (value: unknown): string[] =>
        typeof value === 'string'
          ? [value]
          : value && typeof value === 'object'
            ? Object.values(value).flatMap(targets)
            : [];
      for (const target of targets(manifest.exports)) {
        const [head, tail] = target.split('*') as [string, string | undefined];
        const found =
          tail === undefined
            ? shipped.has(target)
            : [...shipped].some((f) => f.startsWith(head) && f.endsWith(tail));
        assert.ok(found, `exports names ${target}, which is not in the tarball`);
      }
      const sideEffects = Array.isArray(manifest.sideEffects)
        ? (manifest.sideEffects as string[])
        : [];
      for (const path of sideEffects) {
        if (!path.includes('*')) assert.ok(shipped.has(path), `sideEffects names ${path}`);
        else assert.ok(!path.startsWith('./src/'), `sideEffects names ${path}, not shipped`);
      }
      // Every source map a shipped file points to is shipped too.
      for (const file of files.filter((f) => /\.(js|d\.ts)$/.test(f))) {
        const code = readFileSync(join(unpacked, file), 'utf8');
        const url = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(code)?.[1];
        if (!url || url.startsWith('data:')) continue;
        const map = join(file, '..', url);
        assert.ok(files.includes(map), `${file} points to ${url}, which is not in the tarball`);
      }
    });
  }
});

describe('a Node project', () => {
  test('createIdoClient from @idokit/sdk answers a postcode search over the sample feed', async () => {
    write(
      join(app, 'search.mjs'),
      `import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createIdoClient } from '@idokit/sdk';

const feed = readFileSync(createRequire(import.meta.url).resolve('@idokit/sdk/sample-feed.json'));
const server = createServer((req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(feed));
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const client = createIdoClient({ feedUrl: \`http://127.0.0.1:\${server.address().port}/feed.json\`, geocoder: null });
const result = await client.searchLocations({ postcode: '8011 AB', limit: 3 });
console.log(JSON.stringify({ total: result.total, cities: result.items.map((m) => m.location.address.city), origin: result.origin?.label }));
server.close();
`,
    );
    const { stdout } = await sh(process.execPath, ['search.mjs'], app);
    const answer = JSON.parse(stdout) as { total: number; cities: string[]; origin: string };
    assert.ok(answer.total > 0, stdout);
    assert.equal(answer.cities[0], 'Zwolle');
    assert.match(answer.origin, /8011/);
  });
});

describe('the idokit-server command from the installed package', () => {
  test('--help explains the commands', async () => {
    const { stdout } = await sh('npx', ['--no-install', 'idokit-server', '--help'], app);
    assert.match(stdout, /serve/);
    assert.match(stdout, /enrol|code/i);
  });

  test('serve runs from dist/, with its data folder in the current folder, not in node_modules', async () => {
    const child: ChildProcess = spawn(
      join(app, 'node_modules/.bin/idokit-server'),
      ['serve', '--port', '0', '--host', '127.0.0.1'],
      {
        cwd: app,
        // PDOK pointed at a closed port: this test must not depend on the internet.
        env: { ...process.env, IDOKIT_PDOK_URL: 'http://127.0.0.1:9', IDOKIT_LOG_LEVEL: 'warn' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    child.stdout!.on('data', (c: Buffer) => (out += c));
    child.stderr!.on('data', (c: Buffer) => (out += c));
    try {
      const base = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no URL printed:\n${out}`)), 120_000);
        child.stdout!.on('data', () => {
          const match = /IDO Kit is running: (http:\/\/[^/\s]+)\//.exec(out);
          if (match) {
            clearTimeout(timer);
            resolve(match[1]!.replace('localhost', '127.0.0.1'));
          }
        });
        child.once('exit', (code) => reject(new Error(`exited early (${code}):\n${out}`)));
      });
      assert.equal((await fetch(`${base}/readyz`)).status, 200);
      const found = (await (await fetch(`${base}/v1/locations?place=Zwolle`)).json()) as {
        items: unknown[];
      };
      assert.ok(found.items.length > 0, 'the sample data answers');
      const cdn = await fetch(`${base}/cdn/idokit.js`);
      assert.equal(cdn.status, 200, 'the widgets bundle is served from the installed package');
      assert.ok(existsSync(join(app, 'idokit-data')), 'data folder in the current folder');
      const inPackage = readdirSync(join(app, 'node_modules/@idokit/server'));
      assert.ok(!inPackage.some((f) => /data/.test(f)), `data inside the package: ${inPackage}`);
      assert.doesNotMatch(out, /ERR_MODULE_NOT_FOUND|src\/index\.ts/);
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  });
});

describe('a Vite app', () => {
  async function buildAndOpen(name: string, entry: string, expected: string[]) {
    write(
      join(app, name, 'index.html'),
      // The tags are on the page, as a webmaster pastes them: a loader may define elements lazily.
      `<!doctype html><html lang="nl"><body><ido-provider><ido-opening-hours></ido-opening-hours><ido-locator></ido-locator><ido-partner-list></ido-partner-list><ido-question-form></ido-question-form></ido-provider><script type="module" src="./main.js"></script></body></html>`,
    );
    write(join(app, name, 'main.js'), entry);
    await sh('npx', ['--no-install', 'vite', 'build', '--logLevel', 'error'], join(app, name));
    const { server, origin } = await serveFolder(join(app, name, 'dist'));
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => document.readyState === 'complete');
    // Lazily defined elements may take a moment (their chunk loads); wait for the expected ones.
    await page
      .waitForFunction((tags) => tags.every((t) => customElements.get(t)), expected, {
        timeout: 10_000,
      })
      .catch(() => undefined);
    const defined = await page.evaluate(() =>
      [
        'ido-locator',
        'ido-opening-hours',
        'ido-partner-list',
        'ido-provider',
        'ido-question-form',
      ].filter((t) => customElements.get(t)),
    );
    await page.close();
    server.close();
    return { defined, errors };
  }

  test('importing @idokit/widgets/cdn/idokit.js defines the elements', async () => {
    const { defined, errors } = await buildAndOpen(
      'cdn-app',
      `import '@idokit/widgets/cdn/idokit.js';\n`,
      ['ido-locator', 'ido-opening-hours', 'ido-partner-list', 'ido-provider', 'ido-question-form'],
    );
    assert.deepEqual(errors, []);
    assert.deepEqual(defined.sort(), [
      'ido-locator',
      'ido-opening-hours',
      'ido-partner-list',
      'ido-provider',
      'ido-question-form',
    ]);
  });

  test('importing one element’s define.js defines that element only', async () => {
    const { defined, errors } = await buildAndOpen(
      'one-element-app',
      `import '@idokit/widgets/components/ido-opening-hours/define.js';\n`,
      ['ido-opening-hours'],
    );
    assert.deepEqual(errors, []);
    assert.deepEqual(defined, ['ido-opening-hours']);
  });
});

describe('TypeScript in a consumer project', () => {
  test('element properties, events and the SDK typecheck with only the documented imports', async () => {
    write(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'bundler',
          lib: ['ES2023', 'DOM', 'DOM.Iterable'],
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          types: [],
        },
        files: ['types-check.ts'],
      }),
    );
    write(
      join(app, 'types-check.ts'),
      `import '@idokit/widgets/components/ido-locator/define.js';
import { createIdoClient, type LocationSearchResult } from '@idokit/sdk';

const locator = document.createElement('ido-locator');
locator.radius = 10;
locator.addEventListener('ido-location-select', (event) => {
  const id: string = event.detail.location.id;
  // @ts-expect-error: the detail is typed, so an unknown field is an error
  console.log(id, event.detail.notAField);
});
// @ts-expect-error: a radius is a number of kilometres
locator.radius = { km: 10 };

const client = createIdoClient({ feedUrl: '/feed.json' });
const pending: Promise<LocationSearchResult> = client.searchLocations({ postcode: '8011 AB' });
void pending;
`,
    );
    await sh('npx', ['--no-install', 'tsc', '-p', 'tsconfig.json'], app);
    // And it is the types that pass, not an `any`: a wrong use fails.
    write(
      join(app, 'types-check.ts'),
      `import '@idokit/widgets/components/ido-locator/define.js';
const id: number = document.createElement('ido-locator').radius === 1 ? 'x' : 0;
document.addEventListener('ido-location-select', (event) => event.detail.location.nope);
void id;
`,
    );
    await assert.rejects(sh('npx', ['--no-install', 'tsc', '-p', 'tsconfig.json'], app), /nope/);
  });

  test('@idokit/widgets/react: camelCase props and onIdo… handlers typecheck, mistakes fail', async () => {
    write(
      join(app, 'tsconfig.react.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'bundler',
          lib: ['ES2023', 'DOM', 'DOM.Iterable'],
          jsx: 'react-jsx',
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          types: [],
        },
        files: ['react-check.tsx'],
      }),
    );
    write(
      join(app, 'react-check.tsx'),
      `import { IdoLocator, IdoOpeningHours } from '@idokit/widgets/react';

export const ok = (
  <>
    <IdoLocator radius={10} openNow onIdoLocationSelect={(event) => event.detail.location.id} />
    <IdoOpeningHours location="ido-zwolle-centrum" show="library" />
  </>
);
// @ts-expect-error: misspelled prop
export const misspelled = <IdoLocator openNw />;
// @ts-expect-error: misspelled event handler
export const handler = <IdoLocator onIdoLocationSelct={() => undefined} />;
// @ts-expect-error: show is ido, library or both
export const weekly = <IdoOpeningHours show="weekly" />;
`,
    );
    await sh('npx', ['--no-install', 'tsc', '-p', 'tsconfig.react.json'], app);
  });
});
