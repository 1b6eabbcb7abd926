import { expect } from '@open-wc/testing';

/**
 * Layout as a reader sees it, for right-to-left tests: the on-screen x positions of rendered
 * text (Range rects), not the DOM order.
 */

/** Text nodes under `root`, shadow roots included, in document order. */
export function textNodes(root: Node): Text[] {
  const found: Text[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) found.push(node as Text);
    for (const child of node.childNodes) walk(child);
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
  };
  walk(root);
  return found;
}

/** The on-screen box of the first rendered occurrence of `needle` under `scope`. */
export function boxOf(scope: Node, needle: string, after = 0): DOMRect {
  for (const node of textNodes(scope)) {
    const at = node.data.indexOf(needle, after);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + needle.length);
    const rect = range.getBoundingClientRect();
    if (rect.width > 0) return rect;
  }
  throw new Error(`“${needle}” is not rendered under ${(scope as Element).localName ?? 'root'}`);
}

/** The on-screen left edge of the first rendered occurrence of `needle` under `scope`. */
export function leftOf(scope: Node, needle: string, after = 0): number {
  return boxOf(scope, needle, after).left;
}

/** `first` is shown to the left of `second` (the reading order of a left-to-right run). */
export function expectLeftOf(scope: Node, first: string, second: string, what: string): void {
  expect(leftOf(scope, first), `${what}: “${first}” left of “${second}”`).to.be.below(
    leftOf(scope, second),
  );
}
