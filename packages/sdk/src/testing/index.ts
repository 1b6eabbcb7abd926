/**
 * @idokit/sdk/testing — fixtures and a fake client for tests and Storybook. Never touches the
 * network. Not for production pages.
 */
export { fixtureFeed, fixtureNow } from './fixture-feed.js';
export { fixtureOutreachFeed, fixtureOutreachSessions } from './fixture-outreach.js';
export { fixtureGeocodeTable, createTableGeocoder } from './fake-geocoder.js';
export {
  createFakeClient,
  type FakeClientOptions,
  type FakeIdoClient,
  type FakeCall,
  type IdoClientMethod,
} from './fake-client.js';
export { seededRandom } from './random.js';
