/**
 * `@idokit/server/bench` — the server's figures of issue 13 and the shape every figure of the
 * repository's bench has. The root bench (`pnpm bench`) imports them from here, beside its own
 * figures, into bench/results.json. Workspace-only: the entry has only the `@idokit/source`
 * condition and bench/ is not published.
 */
export { measureServer } from './figures.js';
export { kib, median, type Figure } from './report.js';
