/**
 * @idokit/sdk — the IDO Kit domain layer: schemas, client, opening hours, geo, privacy, outbox.
 * This barrel is the package's only public surface.
 */
export * from './schemas/index.js';
export * from './errors/index.js';
export * from './taxonomy/index.js';
export * from './contract/index.js';
export * from './sources/index.js';
export * from './client/index.js';
export * from './hours/index.js';
export * from './geo/index.js';
export * from './privacy/index.js';
export * from './outbox/index.js';
export * from './stats/index.js';
export * from './feed/index.js';
