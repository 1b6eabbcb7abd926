// One place for how IDO Kit starts Debian's Chromium, used by @web/test-runner and the
// end-to-end tests. No browser is downloaded: the path is Debian's (or CHROME_PATH).
// `--no-sandbox` because CI runs as root; the background-networking flags because the machine
// has no internet and Chromium would otherwise keep trying (and failing) to reach Google's hosts.

/** Path of the Chromium binary. */
export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Flags for headless Chromium in tests. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
