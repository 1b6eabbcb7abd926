import { executeServerCommand } from '@web/test-runner-commands';

let shots = 0;

/**
 * Saves a screenshot of `element` (shadow roots included) as `<name>.png`, a test artefact for
 * people to look at beside the layout assertions: under `IDOKIT_SCREENSHOTS`, else
 * `packages/widgets/.screenshots/`. Returns the file's path.
 */
export async function saveScreenshot(element: Element, name: string): Promise<string> {
  const mark = `ido-shot-${++shots}`;
  element.setAttribute('data-ido-shot', mark);
  try {
    return await executeServerCommand<string, { selector: string; name: string }>(
      'ido-screenshot',
      { selector: `[data-ido-shot="${mark}"]`, name },
    );
  } finally {
    element.removeAttribute('data-ido-shot');
  }
}
