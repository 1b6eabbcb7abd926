// The desk form as a browser test drives it: the readers of its badge and status line, and the
// keyboard path of the most common visit.
import type { Page } from 'playwright-core';

/** The page's `<ido-question-form>`. */
export const deskForm = (page: Page) => page.locator('ido-question-form');

/** The outbox badge ("1 registratie wacht op verzending"); `''` without one. Does not wait. */
export const deskBadge = async (page: Page) =>
  (await deskForm(page).locator('.badge').allTextContents()).join('').trim();

/** The form's status line (its live region). */
export const deskStatus = async (page: Page) =>
  (await deskForm(page).locator('[part~="status"]').textContent())?.trim() ?? '';

/** Registers toeslagen / Dienst Toeslagen from the first field, keys only. */
export async function registerToeslagen(page: Page): Promise<void> {
  await deskForm(page).locator('#q0-themes').focus();
  await page.keyboard.type('toesl');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.type('dienst toe');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
}
