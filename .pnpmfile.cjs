// pnpm's hooks. `beforePacking` shapes each package.json as `pnpm pack` and `pnpm publish` write
// it into the tarball (the file in the repository is unchanged).
'use strict';

/** The workspace's own condition: its targets are TypeScript sources, which are not shipped. */
const SOURCE = '@idokit/source';

/**
 * An `exports` entry without the source condition; `undefined` when nothing else is left (an
 * entry for the workspace only, such as the server's `./testing`).
 */
function withoutSource(target) {
  if (typeof target !== 'object' || target === null) return target;
  const out = {};
  for (const [condition, value] of Object.entries(target)) {
    if (condition === SOURCE) continue;
    const kept = withoutSource(value);
    if (kept !== undefined) out[condition] = kept;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function beforePacking(pkg) {
  if (pkg.exports) {
    const exports = {};
    for (const [path, target] of Object.entries(pkg.exports)) {
      const kept = withoutSource(target);
      if (kept !== undefined) exports[path] = kept;
    }
    pkg.exports = exports;
  }
  // Paths of files that are not in the tarball.
  if (Array.isArray(pkg.sideEffects)) {
    pkg.sideEffects = pkg.sideEffects.filter((path) => !path.startsWith('./src/'));
  }
  return pkg;
}

module.exports = { hooks: { beforePacking }, withoutSource };
