// Keyboard-only journeys: focus moves with Tab / Shift+Tab until the element a test wants has it,
// through shadow roots, failing after a bound with what focus passed on the way. The target is
// named by a Playwright locator (`getByRole(role, { name })`), so "the wanted element" is found
// by its role and accessible name, as a screen reader user would find it.
import assert from 'node:assert/strict';
import type { Browser, Locator, Page } from 'playwright-core';

/**
 * The focused element as a short description ("button "Opslaan"", "input#code"), looking through
 * shadow roots. A string, not a function: tsx compiles functions with helpers (`__name`) the page
 * does not have.
 */
const DESCRIBE_FOCUS = `(() => {
  let el = document.activeElement;
  while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
  if (!el || el === document.body) return '(nothing)';
  const text = (n) => ((n && n.textContent) || '').replace(/\\s+/g, ' ').trim().slice(0, 60);
  let name = el.getAttribute('aria-label') || '';
  const ids = el.getAttribute('aria-labelledby');
  if (!name && ids) {
    const root = el.getRootNode();
    name = ids.split(/\\s+/).map((id) => text(root.getElementById ? root.getElementById(id) : null)).join(' ');
  }
  if (!name && el.labels && el.labels.length) name = [...el.labels].map(text).join(' ');
  if (!name) name = text(el) || el.getAttribute('title') || el.getAttribute('placeholder') || '';
  const role = el.getAttribute('role') || el.tagName.toLowerCase();
  return role + (el.id ? '#' + el.id : '') + ' "' + name + '"';
})()`;

/** What has focus now, for messages ("button "Opslaan""). */
export function describeFocus(page: Page): Promise<string> {
  return page.evaluate(DESCRIBE_FOCUS) as Promise<string>;
}

/** Whether one of the elements `target` matches has focus (looking through shadow roots). */
export async function hasFocus(page: Page, target: Locator): Promise<boolean> {
  const handles = await target.elementHandles();
  if (handles.length === 0) return false;
  try {
    return await page.evaluate((elements) => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return elements.some((el) => el === active);
    }, handles);
  } finally {
    await Promise.all(handles.map((h) => h.dispose()));
  }
}

/** How far `tabTo` goes before it gives up. */
export interface TabOptions {
  /** Shift+Tab instead of Tab. */
  backwards?: boolean;
  /** At most this many key presses (default 400: a location's week grids are long). */
  max?: number;
}

/**
 * Presses Tab (or Shift+Tab) until `target` has focus; does nothing when it has focus already.
 * Fails after `max` presses, listing where focus went, so a missing or unreachable control is
 * named in the failure.
 */
export async function tabTo(page: Page, target: Locator, options: TabOptions = {}): Promise<void> {
  const key = options.backwards ? 'Shift+Tab' : 'Tab';
  const max = options.max ?? 400;
  const seen: string[] = [];
  for (let i = 0; i <= max; i++) {
    if (await hasFocus(page, target)) return;
    if (i === max) break;
    await page.keyboard.press(key);
    seen.push(await describeFocus(page));
  }
  assert.fail(
    `${max} × ${key} never reached ${String(target)}; focus went through:\n  ${seen
      .slice(-40)
      .join('\n  ')}`,
  );
}

/**
 * Tabs to a text field and types `text` over what it held (Control+A selects it first), keys only.
 */
export async function typeInto(
  page: Page,
  field: Locator,
  text: string,
  options: TabOptions = {},
): Promise<void> {
  await tabTo(page, field, options);
  await page.keyboard.press('ControlOrMeta+A');
  if (text === '') await page.keyboard.press('Delete');
  else await page.keyboard.type(text);
}

/** Tabs to a button (or link) and presses Enter on it. */
export async function activate(page: Page, control: Locator, options: TabOptions = {}) {
  await tabTo(page, control, options);
  await page.keyboard.press('Enter');
}

/**
 * How this browser's date fields take typed digits: its own order of day, month and year, which
 * follows the browser's language, not the page's or the context's `locale` (Debian's headless
 * Chromium reads month, day, year). Found once by typing into a probe field.
 * @returns a function from an ISO date (YYYY-MM-DD) to the digits to type.
 */
export async function dateDigits(browser: Browser): Promise<(iso: string) => string> {
  const context = await browser.newContext();
  try {
    const probe = await context.newPage();
    await probe.setContent('<label>Datum <input type="date"></label>');
    await probe.keyboard.press('Tab');
    await probe.keyboard.type('01022003');
    const value = await probe.locator('input').inputValue();
    const orders: Record<string, (d: string[]) => string[]> = {
      '2003-01-02': ([y, m, d]) => [m!, d!, y!],
      '2003-02-01': ([y, m, d]) => [d!, m!, y!],
    };
    const order = orders[value];
    assert.ok(order, `a date field this test cannot type into: "01022003" gave "${value}"`);
    return (iso) => order(iso.split('-')).join('');
  } finally {
    await context.close();
  }
}
