// Kept only for packages/widgets/test/ido-server-plugin.mjs, which starts this path: the browser
// tests' server is src/testing/browser-server.ts. Delete once the plugin points there.
import '../src/testing/browser-server.js';
