// A @web/test-runner plugin that saves a screenshot of one element of the test page, as a test
// artefact beside the layout assertions (never compared pixel by pixel, never committed): under
// `IDOKIT_SCREENSHOTS` when set, else `packages/widgets/.screenshots/` (ignored by git).
//
// Browser side: `executeServerCommand('ido-screenshot', { selector, name })` from
// @web/test-runner-commands, with `selector` matching one element (shadow roots included);
// see src/testing/screenshot.ts.
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const fallback = fileURLToPath(new URL('../.screenshots/', import.meta.url));

export function screenshotPlugin() {
  return {
    name: 'ido-screenshot',
    async executeCommand({ command, payload, session }) {
      if (command !== 'ido-screenshot') return undefined;
      const { selector, name } = /** @type {{ selector: string, name: string }} */ (payload);
      if (!/^[a-z0-9-]+$/.test(name))
        throw new Error(`ido-screenshot: a plain file name, not ${name}`);
      const page = session.browser.getPage?.(session.id);
      if (!page) throw new Error('ido-screenshot: this browser launcher has no page to capture');
      // `pierce/` finds the element inside shadow roots too (a part of an element).
      const element = await page.$(`pierce/${selector}`);
      if (!element) throw new Error(`ido-screenshot: nothing matches ${selector}`);
      const dir = resolve(process.env.IDOKIT_SCREENSHOTS || fallback);
      await mkdir(dir, { recursive: true });
      const path = join(dir, `${name}.png`);
      await element.screenshot({ path });
      return path;
    },
  };
}
