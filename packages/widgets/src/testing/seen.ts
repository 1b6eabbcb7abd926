/**
 * What a sighted reader sees of `node`, as one line: visually hidden text left out, and the dash
 * that CSS draws between two times (`.ido-range-dash`) put in ("13:00 – 16:00").
 */
export function seenText(node: Element | null | undefined): string {
  if (!node) return '';
  const copy = node.cloneNode(true) as Element;
  copy.querySelectorAll('.ido-visually-hidden').forEach((hidden) => hidden.remove());
  copy.querySelectorAll('.ido-range-dash').forEach((dash) => dash.replaceWith(' – '));
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}
