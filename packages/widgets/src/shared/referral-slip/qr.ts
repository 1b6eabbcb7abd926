import { html, type TemplateResult } from 'lit';

/** A QR code as an SVG path: one unit per module, `size` units square, the quiet zone included. */
export interface QrCode {
  /** The text it encodes. */
  text: string;
  size: number;
  /** One `M x yh1v1h-1z` per dark module. */
  path: string;
}

/** Loads the encoder ahead of the first slip. */
export async function preloadEncoder(): Promise<void> {
  await import('uqr');
}

/** The quiet zone around the code, in modules (the standard asks for 4). */
const QUIET = 4;

/**
 * Encodes `text` (an address that `slipLink` allowed) as a QR code. The encoder (`uqr`, a few
 * kB) is imported here, the first time a slip opens, so no element's own chunk carries it.
 * Error correction M: a printed slip may be folded or smudged.
 */
export async function encodeQr(text: string): Promise<QrCode> {
  const { encode } = await import('uqr');
  const { data, size } = encode(text, { ecc: 'M', border: QUIET });
  let path = '';
  data.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) path += `M${x} ${y}h1v1h-1z`;
    }),
  );
  return { text, size, path };
}

/**
 * The code as an image: dark modules on a white square, whatever the page's colours (forced
 * colours included), so every phone can read it. `label` is its accessible name.
 */
export function renderQr(code: QrCode, label: string): TemplateResult {
  return html`<svg
    class="qr-code"
    viewBox=${`0 0 ${code.size} ${code.size}`}
    role="img"
    aria-label=${label}
    shape-rendering="crispEdges"
  >
    <rect width=${code.size} height=${code.size} fill="#ffffff"></rect>
    <path d=${code.path} fill="#000000"></path>
  </svg>`;
}
