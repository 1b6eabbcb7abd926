// What other workspace packages (the WordPress plugin's tests, the benches) may use of the
// end-to-end package: the demo server with its PDOK stub, and the browser helpers.
export {
  root,
  freePort,
  startDemoServer,
  launchChromium,
  assertEventually,
  axeViolations,
  type DemoServer,
  type DemoServerOptions,
} from './demo-server.js';
export { PdokStub } from '../demo/pdok-stub.js';
export { deskBadge, deskForm, deskStatus, registerToeslagen } from './desk.js';
