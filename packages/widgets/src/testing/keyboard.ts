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
export function tab(options: { shift?: boolean } = {}): Promise<void> {
  return sendKeys({ press: options.shift ? 'Shift+Tab' : 'Tab' });
}

/** The focused element, looking inside shadow roots (`document.activeElement` stops at hosts). */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
