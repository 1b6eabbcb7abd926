#!/usr/bin/env node
// After the bundles are built (`pnpm build` runs this last): writes a brotli (`.br`) and a gzip
// (`.gz`) copy beside every compressible file of the widgets' CDN folder and of the demo site's
// static files, for the reference server to send as they are (packages/server/src/static.ts).
//
// Each copy takes its source's modification time: the server sends a copy only when the times are
// equal, so a source edited after the build goes out uncompressed rather than stale. A copy that
// would not be smaller than its source, or a source under 1 KiB, gets none.
import {
  existsSync,
  readdirSync,
  readFileSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';

const COMPRESSIBLE = /\.(?:m?js|css|json|html|svg|map|txt|xml|webmanifest)$/;
const MIN_BYTES = 1024;

/** The copies a file gets, by suffix. */
const ENCODERS = {
  '.br': (data) =>
    brotliCompressSync(data, {
      params: {
        [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY,
        [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT,
        [zlib.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }),
  '.gz': (data) => gzipSync(data, { level: 9 }),
};

/**
 * Writes the missing or outdated `.br` and `.gz` copies under `dir` (recursively) and removes
 * none; returns how many files it wrote and their bytes before and after brotli.
 */
export function precompressFolder(dir) {
  const totals = { files: 0, bytes: 0, brotli: 0 };
  if (!existsSync(dir)) return totals;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const inner = precompressFolder(path);
      for (const key of Object.keys(totals)) totals[key] += inner[key];
      continue;
    }
    if (!COMPRESSIBLE.test(entry.name)) continue;
    const stats = statSync(path);
    if (stats.size < MIN_BYTES) continue;
    let data;
    for (const [suffix, encode] of Object.entries(ENCODERS)) {
      const copy = path + suffix;
      if (existsSync(copy) && Math.abs(statSync(copy).mtimeMs - stats.mtimeMs) < 1) continue;
      data ??= readFileSync(path);
      const encoded = encode(data);
      if (encoded.length >= data.length) continue;
      writeFileSync(copy, encoded);
      utimesSync(copy, stats.atime, stats.mtime);
      if (suffix === '.br') {
        totals.files += 1;
        totals.bytes += data.length;
        totals.brotli += encoded.length;
      }
    }
  }
  return totals;
}

/** The folders `pnpm build` precompresses, from the repository root. */
export const FOLDERS = ['packages/widgets/cdn', 'packages/demo/public', 'packages/demo/dist'];

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  for (const folder of FOLDERS) {
    const { files, bytes, brotli } = precompressFolder(join(root, folder));
    if (files)
      console.log(
        `precompressed ${folder}: ${files} files, ${(bytes / 1024).toFixed(1)} KiB → ${(brotli / 1024).toFixed(1)} KiB brotli`,
      );
  }
}
