/** The CDN loader's own size, min+gzip, from the built `packages/widgets/cdn/idokit.js`. */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { root } from './server.js';

export function loaderSize(): { loaderBytes: number } {
  const code = readFileSync(`${root}/packages/widgets/cdn/idokit.js`);
  return { loaderBytes: gzipSync(code, { level: 9 }).length };
}
