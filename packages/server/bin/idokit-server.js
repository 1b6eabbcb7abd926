#!/usr/bin/env node
// Runs the IDO Kit server CLI. In the monorepo it runs the TypeScript sources through tsx with the
// `@idokit/source` condition (a child process: conditions can only be set when Node starts);
// from an installed package it runs the built dist/.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const source = fileURLToPath(new URL('../src/cli/main.ts', import.meta.url));
const built = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));

let tsx;
try {
  tsx = import.meta.resolve('tsx');
} catch {
  tsx = undefined;
}

if (existsSync(source) && tsx) {
  const child = spawn(
    process.execPath,
    ['--conditions=@idokit/source', '--import', tsx, source, ...process.argv.slice(2)],
    { stdio: 'inherit' },
  );
  // The child gets SIGINT from the terminal itself; forward SIGTERM (from a supervisor).
  process.on('SIGTERM', () => child.kill('SIGTERM'));
  process.on('SIGINT', () => {});
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
} else if (existsSync(built)) {
  process.argv.splice(1, 1, built);
  await import(built);
} else {
  console.error(
    'idokit-server: neither the sources (with tsx) nor dist/ were found; run `pnpm build`.',
  );
  process.exit(1);
}
