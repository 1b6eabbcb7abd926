import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { plainSummaryReporter } from '../../scripts/wtr-plain-reporter.mjs';
import { idoServerPlugin } from './test/ido-server-plugin.mjs';
import { screenshotPlugin } from './test/screenshot-plugin.mjs';

/** Debian's Chromium, with extra environment variables for the browser process (e.g. `TZ`). */
function chrome(env = {}) {
  return chromeLauncher({
    // One browser context (its own window) per page: with concurrency > 1, pages sharing a
    // window are background tabs, where Chromium pauses requestAnimationFrame and fixtures hang.
    createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    launchOptions: {
      executablePath: chromiumPath,
      headless: true,
      env: { ...process.env, ...env },
      args: chromiumArgs,
    },
  });
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  rootDir: '../..',
  files: ['src/**/*.test.ts', '!src/**/*.tz.test.ts', '../sdk/src/**/*.browser.test.ts'],
  nodeResolve: { exportConditions: ['@idokit/source', 'browser', 'development'] },
  plugins: [
    // A real API server (PGlite) for the staff elements' tests, started on first use.
    idoServerPlugin(),
    // Screenshots of elements as test artefacts (`saveScreenshot`, src/testing/screenshot.ts).
    screenshotPlugin(),
    // Leaflet 1.9's `main` is a UMD file without ES exports; serve its ES build for `'leaflet'`.
    {
      name: 'leaflet-esm',
      resolveImport({ source }) {
        if (source === 'leaflet')
          return '/packages/widgets/node_modules/leaflet/dist/leaflet-src.esm.js';
        return undefined;
      },
    },
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.wtr.json', import.meta.url)),
    }),
  ],
  browsers: [chrome()],
  groups: [
    {
      // `*.tz.test.ts`: a browser whose own time zone is not the locations' (Europe/Amsterdam).
      name: 'browser-time-zone',
      files: 'src/**/*.tz.test.ts',
      browsers: [chrome({ TZ: 'America/New_York' })],
    },
  ],
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 10 * 60 * 1000,
  reporters: [
    defaultReporter({ reportTestResults: true, reportTestProgress: !process.env.CI }),
    summaryReporter({ flatten: false }),
    plainSummaryReporter(),
  ],
};
