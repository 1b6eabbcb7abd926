#!/usr/bin/env node
// `pnpm build` (tsc -b, then each package's bundle, then the precompressed copies), and with `--if-changed` only when a build
// input changed since the last successful build: `pnpm start` then serves what is built at once.
//
// Inputs are the source files under packages/ (not outputs, tests, stories or data folders), plus the
// root configuration and the lockfile; their paths, sizes and modification times make a
// fingerprint stored in node_modules/.cache/idokit/build.json after a successful build.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const stampFile = join(root, 'node_modules/.cache/idokit/build.json');
/** What a build makes; a missing one means "build" whatever the fingerprint says. */
const OUTPUTS = [
  'packages/sdk/dist/index.js',
  'packages/server/dist/cli/main.js',
  'packages/widgets/dist/index.js',
  'packages/widgets/cdn/idokit.js',
  'packages/widgets/cdn/idokit-staff-sw.js',
  'packages/widgets/custom-elements.json',
];
const SKIP_DIRS = new Set([
  'node_modules',
  'dist',
  'dist-browser',
  'cdn',
  '.data',
  'idokit-data',
  'storybook-static',
  'bench',
  'test',
]);
const SKIP_FILE =
  /\.(test|stories|bench)\.[cm]?[jt]sx?$|\.tsbuildinfo$|\.md$|custom-elements\.json$/;
const ROOT_INPUTS = ['package.json', 'pnpm-lock.yaml', 'tsconfig.base.json', 'tsconfig.json'];

function skipped(path) {
  const parts = path.split('/');
  const name = parts.pop();
  return (
    SKIP_FILE.test(name) ||
    parts.some((dir) => SKIP_DIRS.has(dir) || (dir.startsWith('.') && dir !== '.storybook'))
  );
}

function walk(dir, out) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') && entry.name !== '.storybook') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) walk(path, out);
    } else if (!SKIP_FILE.test(entry.name)) out.push(path);
  }
  return out;
}

/**
 * In a git checkout, the inputs are the files git knows or would add (tracked, plus untracked ones
 * not ignored): what a build generates inside packages/ (types/, manifests) is ignored, so a build
 * never changes its own fingerprint. Outside git (an unpacked archive), every file under packages/.
 */
function inputFiles() {
  const git = spawnSync(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', 'packages'],
    { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const packages =
    git.status === 0 && !git.error
      ? git.stdout
          .split('\0')
          .filter((file) => file && !skipped(file))
          .map((file) => join(root, file))
      : walk(join(root, 'packages'), []);
  return [...ROOT_INPUTS.map((f) => join(root, f)), ...packages];
}

function fingerprint() {
  const hash = createHash('sha256');
  for (const file of inputFiles().sort()) {
    if (!existsSync(file)) continue;
    const { size, mtimeMs } = statSync(file);
    hash.update(`${relative(root, file)}\0${size}\0${Math.trunc(mtimeMs)}\n`);
  }
  return hash.digest('hex');
}

const ifChanged = process.argv.includes('--if-changed');
const before = fingerprint();
if (ifChanged) {
  const stamp = existsSync(stampFile) ? JSON.parse(readFileSync(stampFile, 'utf8')) : {};
  const missing = OUTPUTS.filter((f) => !existsSync(join(root, f)));
  if (stamp.fingerprint === before && missing.length === 0) {
    console.log('› build is up to date (no source changed since the last build)');
    process.exit(0);
  }
  console.log(
    missing.length
      ? `› building (${missing[0]} is missing)`
      : '› building (sources changed since the last build)',
  );
}

for (const [cmd, args] of [
  ['pnpm', ['exec', 'tsc', '-b']],
  ['pnpm', ['-r', '--if-present', 'run', 'bundle']],
  // Brotli and gzip copies of what the server sends as files, after every bundle is written.
  ['node', ['scripts/precompress.mjs']],
]) {
  const { status } = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}
mkdirSync(dirname(stampFile), { recursive: true });
// The fingerprint from before the build: a file edited during the build makes the next start build.
writeFileSync(stampFile, JSON.stringify({ fingerprint: before, at: new Date().toISOString() }));
