#!/usr/bin/env node
// The `idokit-server` command. It runs the built JavaScript in dist/ in this one process, so a
// supervisor's signal (SIGTERM, or SIGKILL) reaches the server itself and nothing is left behind.
// In the monorepo, `pnpm --filter @idokit/server cli …` runs the TypeScript sources instead.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(built))) {
  console.error(
    'idokit-server: dist/ is missing. In the IDO Kit repository, run `pnpm build` first.',
  );
  process.exit(1);
}
const { main } = await import(built.href);
await main(process.argv.slice(2));
