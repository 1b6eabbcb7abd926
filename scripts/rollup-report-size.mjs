// A rollup plugin that prints each written chunk's size, minified and gzipped (level 9): the
// numbers a page pays for. Used by the SDK's and the widgets' browser builds.
import { gzipSync } from 'node:zlib';

/** @param {string} folder - shown before each file name */
export function reportSize(folder) {
  return {
    name: 'report-size',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const min = Buffer.byteLength(chunk.code);
        const gz = gzipSync(chunk.code, { level: 9 }).length;
        const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
        console.log(`${folder}/${chunk.fileName}: ${kb(min)} min, ${kb(gz)} min+gzip`);
      }
    },
  };
}
