// The CDN build: `cdn/idokit.js` is a small loader that defines each IDO Kit element the first
// time its tag appears (src/loader/) and sets `window.IdoKit`. Each element's module, the chunks
// they share (Lit, the base element, the client) and heavy optional parts (the Leaflet map view,
// the geocoder, search) are loaded with `import()` and land as chunks beside it in `cdn/`.
//
// It bundles tsc's output in dist/ (run `npx tsc -b` first): TypeScript is compiled by tsc only,
// so the npm package (per-element ESM in dist/) and the CDN file run the same JavaScript.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { reportSize } from '../../scripts/rollup-report-size.mjs';

if (!existsSync(new URL('./dist/loader/loader.js', import.meta.url))) {
  throw new Error('packages/widgets/dist/loader/loader.js is missing: run `npx tsc -b` first');
}

/**
 * Leaflet 1.9 has no `module` field or exports map: a bare `import 'leaflet'` would get its UMD
 * build, which has no ES exports. Point it at the ES build it ships.
 */
export function leafletEsm() {
  return {
    name: 'leaflet-esm',
    resolveId(source, importer) {
      if (source !== 'leaflet') return null;
      return this.resolve('leaflet/dist/leaflet-src.esm.js', importer, { skipSelf: true });
    },
  };
}

/**
 * The loader's `elements.js` reads the catalog (src/catalog.ts), which imports every element:
 * bundled as written, the loader would carry them all. For the CDN file it is replaced by the
 * catalog's projection, made from rollup's own reading of the catalog: each tag's `define.js`
 * (the catalog's dynamic imports) and the element's text modules beyond Dutch and English (the
 * dynamic imports under `components/<tag>/strings/`, found from its `define.js`). Nothing is
 * listed by hand; an element added to the catalog appears here.
 */
export function lazyCatalog() {
  const catalogFile = fileURLToPath(new URL('./dist/catalog.js', import.meta.url));
  const elementsFile = fileURLToPath(new URL('./dist/loader/elements.js', import.meta.url));
  const tagOf = (id) => /[\\/]components[\\/](ido-[a-z-]+)[\\/]define\.js$/.exec(id)?.[1];
  return {
    name: 'idokit-lazy-catalog',
    async load(id) {
      if (id !== elementsFile) return null;
      const catalog = await this.load({ id: catalogFile, resolveDependencies: true });
      const modules = [];
      const languages = [];
      for (const define of catalog.dynamicallyImportedIds) {
        const tag = tagOf(define);
        if (!tag) continue;
        modules.push(`${JSON.stringify(tag)}: () => import(${JSON.stringify(define)})`);
        // The element's folder, walked through its static imports, for its language modules.
        const folder = define.slice(0, -'define.js'.length);
        const seen = new Set([define]);
        const own = new Map();
        for (const file of seen) {
          const info = await this.load({ id: file, resolveDependencies: true });
          for (const next of info.importedIds) if (next.startsWith(folder)) seen.add(next);
          for (const lazy of info.dynamicallyImportedIds) {
            const lang = /[\\/]strings[\\/]([a-z]{2,3}(?:-[a-z0-9]+)*)\.js$/i.exec(lazy)?.[1];
            if (lang && lazy.startsWith(folder)) own.set(lang, lazy);
          }
        }
        const entries = [...own].map(
          ([lang, file]) => `${lang}: () => import(${JSON.stringify(file)})`,
        );
        languages.push(`${JSON.stringify(tag)}: { ${entries.join(', ')} }`);
      }
      if (!modules.length) throw new Error('lazy-catalog: no elements found in the catalog');
      return [
        `export const elementModules = { ${modules.join(', ')} };`,
        `export const elementLanguages = { ${languages.join(', ')} };`,
      ].join('\n');
    },
  };
}

/**
 * Writes `function __idokitChunks()` at the end of the loader: for each tag, the chunk that defines
 * it and every chunk that one imports statically, transitively (not the loader itself). The loader
 * preloads them all at once (src/loader/loader.ts). A function declaration is hoisted, so the
 * loader's code above it can call it; appending keeps the source map of everything above exact.
 */
export function chunkMap() {
  return {
    name: 'idokit-chunk-map',
    generateBundle(_options, bundle) {
      const loader = bundle['idokit.js'];
      if (loader?.type !== 'chunk') throw new Error('chunk-map: the loader chunk is missing');
      const map = {};
      for (const fileName of loader.dynamicImports) {
        const chunk = bundle[fileName];
        const tag = /\/components\/(ido-[a-z-]+)\/define\.js$/.exec(
          chunk?.facadeModuleId ?? '',
        )?.[1];
        if (!tag) continue; // a language file, not an element
        const files = new Set([fileName]);
        for (const file of files) {
          const imported = bundle[file];
          if (imported?.type !== 'chunk') continue;
          for (const next of imported.imports) if (next !== 'idokit.js') files.add(next);
        }
        map[tag] = [...files].map((file) => `./${file}`);
      }
      if (!map['ido-locator']) throw new Error('chunk-map: no element chunks found');
      loader.code += `\nfunction __idokitChunks(){return${JSON.stringify(map)}}\n`;
    },
  };
}

/**
 * Emits `cdn/idokit-staff-sw.js`, the staff page's service worker (service-worker/), with the
 * build's version in it: a hash of every file name (hashed by content) and of the loader. A new
 * build is a new worker, which replaces the cache of the old one; an unchanged build is the same
 * bytes, so browsers do not reinstall it.
 */
export function staffWorker() {
  const source = new URL('./service-worker/idokit-staff-sw.js', import.meta.url);
  return {
    name: 'idokit-staff-worker',
    generateBundle(_options, bundle) {
      const hash = createHash('sha256');
      for (const name of Object.keys(bundle).sort()) hash.update(`${name}\n`);
      const loader = bundle['idokit.js'];
      if (loader?.type === 'chunk') hash.update(loader.code);
      const version = hash.digest('base64url').slice(0, 12);
      const code = readFileSync(source, 'utf8');
      if (!code.includes('__IDOKIT_BUILD__'))
        throw new Error('staff worker: no version placeholder');
      this.emitFile({
        type: 'asset',
        fileName: 'idokit-staff-sw.js',
        source: code.replace('__IDOKIT_BUILD__', version),
      });
    },
  };
}

/** @type {import('rollup').RollupOptions} */
export default {
  input: { idokit: 'dist/loader/loader.js' },
  // Element chunks import the page-wide configuration from the loader; without this, rollup moves
  // it into a shared chunk and `idokit.js` becomes a stub that costs a second request first.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'cdn',
    format: 'es',
    entryFileNames: '[name].js',
    // Lazy chunks (elements, shared code, map view) get a content hash: safe to cache forever.
    chunkFileNames: 'idokit-[name]-[hash].js',
    // A chunk smaller than this joins a chunk that is always loaded with it (rollup merges only
    // where that loads no extra code): fewer requests for an element, and no round trip of its own
    // for a shared constant (the geocoder's bounds of the Netherlands, issue 23).
    experimentalMinChunkSize: 300,
    sourcemap: true,
  },
  onwarn(warning, warn) {
    // tsc's `__decorate` helper reads `this` at module top level; it falls back correctly.
    if (warning.code === 'THIS_IS_UNDEFINED' && warning.frame?.includes('__decorate')) return;
    const inDependency = (warning.id ?? warning.ids?.[0] ?? '').includes('node_modules');
    if (
      inDependency &&
      ['INVALID_ANNOTATION', 'CIRCULAR_DEPENDENCY', 'THIS_IS_UNDEFINED'].includes(
        warning.code ?? '',
      )
    ) {
      return;
    }
    warn(warning);
  },
  plugins: [
    lazyCatalog(),
    leafletEsm(),
    // `production` selects Lit's production build (no dev-mode checks or warnings). Never the
    // workspace "@idokit/source" condition: that points at TypeScript sources.
    nodeResolve({
      browser: true,
      exportConditions: ['browser', 'production', 'module', 'import', 'default'],
    }),
    // Issue 23: element CSS minified; html templates left as written (their whitespace is text).
    minifyLiterals({ failOnError: true, options: { shouldMinify: () => false } }),
    terser({ module: true, ecma: 2022, format: { comments: false } }),
    chunkMap(),
    staffWorker(),
    reportSize('cdn'),
  ],
};
