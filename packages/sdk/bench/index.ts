/**
 * `pnpm bench` for the SDK: runs every `*.bench.ts` module in this folder in turn. Each module
 * exports `run(): Promise<void> | void` and prints its own table. Timings are wall-clock on this
 * machine; compare ratios, not absolute numbers, across machines.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv[2];
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .sort()) {
  if (only && !file.includes(only)) continue;
  console.log(`\n## ${file}`);
  const mod = (await import(pathToFileURL(`${dir}/${file}`).href)) as { run: () => unknown };
  await mod.run();
}
