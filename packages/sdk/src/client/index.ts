export { createIdoClient, type IdoClientOptions } from './create-client.js';
