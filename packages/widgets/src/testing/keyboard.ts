import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

/** Presses one key for real (through the browser), e.g. `'Enter'`, `'ArrowDown'`, `'Escape'`. */
export function press(key: string): Promise<void> {
  return sendKeys({ press: key });
}

/** Types text for real into whatever has focus. */
export function typeText(text: string): Promise<void> {
  return sendKeys({ type: text });
}

/** Moves focus with Tab (or Shift+Tab). */
export async function tab(options: { shift?: boolean } = {}): Promise<void> {
  if (!options.shift) return sendKeys({ press: 'Tab' });
  // Puppeteer knows no "Shift+Tab" key: hold Shift around the Tab.
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}

/** The focused element, looking inside shadow roots (`document.activeElement` stops at hosts). */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** A short description of an element for failure messages: `button.more "Toon meer"`. */
function describeElement(node: Element | null | undefined): string {
  if (!node) return 'nothing';
  const id = node.id ? `#${node.id}` : '';
  const classes = [...node.classList].map((c) => `.${c}`).join('');
  const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
  return `${node.localName}${id}${classes}${text ? ` "${text}"` : ''}`;
}

/**
 * Asserts that `expected` has focus (looking inside shadow roots). It fails with a description
 * of both: a failing `expect(element).to.equal(other)` hands the runner DOM nodes to serialize,
 * and the browser session hangs instead of reporting.
 */
export function expectFocusOn(expected: Element | null | undefined, message = 'focus'): void {
  const active = deepActiveElement();
  expect(
    !!expected && active === expected,
    `${message}: expected ${describeElement(expected)}, focus is on ${describeElement(active)}`,
  ).to.equal(true);
}
