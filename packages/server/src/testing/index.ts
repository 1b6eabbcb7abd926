/**
 * `@idokit/server/testing` — the server as other workspace packages' tests and benches start it:
 * the app over a fresh database (PGlite in memory, or a schema of `DATABASE_URL`) with the SDK's
 * fixture feed and a PDOK stub. Workspace-only: the entry has only the `@idokit/source`
 * condition and nothing in `src/testing/` is built or published.
 */
export { startTestServer, type TestServer } from './harness.js';
export type { PdokStub } from './pdok-stub.js';
// The browser tests' server (run as a process by the widgets' test runner): what it answers.
export type { DeviceRow, StoredRow } from './browser-server.js';
