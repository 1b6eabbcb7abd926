#!/usr/bin/env node
// Runs Node's test runner over every *.test.ts below the given folders, with TypeScript
// loaded by tsx and workspace packages resolved to their sources ("source" condition).
// Node 20's `--test` takes no globs, hence this small finder.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const skip = new Set(['node_modules', 'dist', 'cdn', '.data']);
const browserOnly = /\.browser\.test\.ts$/;

function find(dir, out = []) {
  for (const name of readdirSync(dir)) {
    if (skip.has(name)) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) find(path, out);
    else if (name.endsWith('.test.ts') && !browserOnly.test(name)) out.push(path);
  }
  return out;
}

// `--exclude=NAME` leaves out folders of that name (e.g. a suite that runs as its own step).
const args = process.argv.slice(2);
for (const a of args) if (a.startsWith('--exclude=')) skip.add(a.slice('--exclude='.length));
const roots = args.filter((a) => !a.startsWith('--'));
const extra = args.filter((a) => a.startsWith('--') && !a.startsWith('--exclude='));
const files = roots.flatMap((root) => find(root)).sort();
if (files.length === 0) {
  console.error(`No test files found under ${roots.join(', ')}`);
  process.exit(1);
}
const result = spawnSync(
  process.execPath,
  [
    '--conditions=@idokit/source',
    '--import',
    'tsx',
    '--test',
    '--test-concurrency=1',
    ...extra,
    ...files.map((f) => relative(process.cwd(), f)),
  ],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
