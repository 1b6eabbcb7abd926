const ALLOWED = new Set(['https:', 'http:', 'tel:', 'mailto:']);

/**
 * Returns `value` as an absolute URL string when its scheme is one we link to (`https:`,
 * `http:`, `tel:`, `mailto:`), otherwise `undefined`, so a template renders no link at all.
 * Feeds are validated by the SDK, but elements also accept objects set by scripts, and a link
 * is the one place where data becomes executable (`javascript:`), so we check again here.
 */
export function safeUrl(value: string | undefined | null): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value.trim());
    return ALLOWED.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** A `tel:` URL for a phone number as people write it ("030 123 45 67" → "tel:+31301234567"). */
export function telUrl(phone: string | undefined | null): string | undefined {
  if (!phone) return undefined;
  // "+31 (0)30 …": the (0) is the trunk prefix, dialled only from inside the country.
  const digits = phone.replace(/\(0\)/g, '').replace(/[^\d+]/g, '');
  if (!/^\+?\d{6,15}$/.test(digits)) return undefined;
  const international = digits.startsWith('+')
    ? digits
    : digits.startsWith('00')
      ? `+${digits.slice(2)}`
      : digits.startsWith('0')
        ? `+31${digits.slice(1)}`
        : digits;
  return `tel:${international}`;
}

/**
 * A `mailto:` URL for one plain e-mail address, or `undefined`. Anything that would add a
 * header or a second recipient (`?`, `&`, `,`, `;`, spaces) is refused, so data cannot put a
 * `bcc` or a pre-written body into a resident's mail program.
 */
export function mailtoUrl(email: string | undefined | null): string | undefined {
  const address = email?.trim();
  if (!address || !/^[^\s@?&#,;:/\\<>"]+@[^\s@?&#,;:/\\<>"]+\.[^\s@?&#,;:/\\<>"]+$/.test(address)) {
    return undefined;
  }
  return safeUrl(`mailto:${address}`);
}

/** A web page link: `https:`/`http:` only (a "website" or form that is `mailto:` or `tel:` is not one). */
export function webUrl(value: string | undefined | null): string | undefined {
  const url = safeUrl(value);
  return url && /^https?:/.test(url) ? url : undefined;
}
