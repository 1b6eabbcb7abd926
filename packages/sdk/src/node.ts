/**
 * @idokit/sdk/node — pieces that only run in Node (they import node: modules), kept out of the
 * browser barrel.
 */
export { FileOutboxStore } from './outbox/file-store.js';
