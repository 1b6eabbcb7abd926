/**
 * The gmpx (Google's Extended Component Library) sizes, measured the same way as ours: rollup with
 * Lit's production build, terser, gzip -9, summed over every chunk an entry loads at once.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terserPlugin, { type Options as TerserOptions } from '@rollup/plugin-terser';
import { rollup, type Plugin } from 'rollup';

// The plugin's types describe its CommonJS build; under NodeNext its default import is the function.
const terser = terserPlugin as unknown as (options: TerserOptions) => Plugin;
const require = createRequire(import.meta.url);
// The package exports no ./package.json: find its root from an entry (lib/store_locator/…).
const gmpxRoot = dirname(
  dirname(dirname(require.resolve('@googlemaps/extended-component-library/store_locator.js'))),
);

/** min+gzip bytes of the code `entry` loads eagerly (dynamic imports excluded). */
export async function bundledBytes(entry: string): Promise<number> {
  const bundle = await rollup({
    input: entry,
    onwarn: () => undefined,
    plugins: [
      nodeResolve({
        browser: true,
        exportConditions: ['browser', 'production', 'module', 'import', 'default'],
      }),
      terser({ module: true, ecma: 2020, format: { comments: false } }),
    ],
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  const byName = new Map(output.flatMap((o) => (o.type === 'chunk' ? [[o.fileName, o]] : [])));
  const eager = new Set<string>();
  const visit = (name: string) => {
    if (eager.has(name)) return;
    eager.add(name);
    for (const dep of byName.get(name)?.imports ?? []) visit(dep);
  };
  for (const chunk of byName.values()) if (chunk.isEntry) visit(chunk.fileName);
  let total = 0;
  for (const name of eager) total += gzipSync(byName.get(name)!.code, { level: 9 }).length;
  return total;
}

export async function gmpxSizes(): Promise<{
  whole: number;
  openingHours: number;
  locator: number;
}> {
  const { readFileSync } = await import('node:fs');
  const whole = gzipSync(readFileSync(join(gmpxRoot, 'dist/index.min.js')), { level: 9 }).length;
  const openingHours = await bundledBytes(
    join(gmpxRoot, 'lib/place_building_blocks/place_opening_hours/place_opening_hours.js'),
  );
  const locator = await bundledBytes(join(gmpxRoot, 'lib/store_locator/store_locator.js'));
  return { whole, openingHours, locator };
}
