// Browser build of the SDK for a <script type="module"> or a CDN: one minified ESM file.
// It bundles tsc's output in dist/ (run `npx tsc -b` first): TypeScript is compiled by tsc
// only, so this build and the published package see exactly the same JavaScript.
import { existsSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { reportSize } from '../../scripts/rollup-report-size.mjs';

if (!existsSync(new URL('./dist/index.js', import.meta.url))) {
  throw new Error('packages/sdk/dist/index.js is missing: run `npx tsc -b` first');
}

/** @type {import('rollup').RollupOptions} */
export default {
  input: 'dist/index.js',
  output: {
    file: 'dist-browser/idokit-sdk.min.js',
    format: 'es',
    sourcemap: true,
    // One file: modules the SDK loads with `import()` in a page of chunks (the geocoder's answer
    // check) are inlined here; their code runs when first asked for, as before.
    inlineDynamicImports: true,
  },
  onwarn(warning, warn) {
    // zod's own comments and import cycles: harmless, and not ours to fix.
    const inDependency = (warning.id ?? warning.ids?.[0] ?? '').includes('node_modules');
    if (
      inDependency &&
      ['INVALID_ANNOTATION', 'CIRCULAR_DEPENDENCY'].includes(warning.code ?? '')
    ) {
      return;
    }
    warn(warning);
  },
  plugins: [
    // Browser field and conditions, never the workspace "@idokit/source" condition (TS sources).
    nodeResolve({ browser: true, exportConditions: ['browser', 'module', 'import', 'default'] }),
    terser({ module: true, ecma: 2022, format: { comments: false } }),
    reportSize('dist-browser'),
  ],
};
