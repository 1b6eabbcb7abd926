/** What a deep link asks the locator to search for. */
export type DeepLinkQuery = { postcode: string } | { place: string };

/** Query parameters the locator reads; it writes `postcode` and the place key already in use. */
const POSTCODE = 'postcode';
const PLACE_KEYS = ['plaats', 'place'] as const;

/**
 * Reads a search from a page's query string, as letters and websites link to it:
 * `?postcode=1234AB`, `?plaats=Zwolle` or `?place=Zwolle`. Other parameters (`thema`) are ignored.
 *
 * @example readDeepLink('?postcode=3511AB&thema=toeslagen') // { postcode: '3511AB' }
 */
export function readDeepLink(search: string): DeepLinkQuery | undefined {
  const params = new URLSearchParams(search);
  const postcode = params.get(POSTCODE)?.trim();
  if (postcode) return { postcode };
  for (const key of PLACE_KEYS) {
    const place = params.get(key)?.trim();
    if (place) return { place };
  }
  return undefined;
}

/**
 * `href` with its search parameters rewritten to `query`: other parameters and the hash are kept,
 * the locator's own keys are replaced, and `undefined` removes them (a search by the device's
 * position is never written into an address that can be shared or logged). A postcode is written
 * without its space (`3511AB`), the way letters print it.
 */
export function writeDeepLink(href: string, query: DeepLinkQuery | undefined): string {
  const url = new URL(href);
  const placeKey = PLACE_KEYS.find((key) => url.searchParams.has(key)) ?? PLACE_KEYS[0];
  url.searchParams.delete(POSTCODE);
  for (const key of PLACE_KEYS) url.searchParams.delete(key);
  if (query && 'postcode' in query)
    url.searchParams.set(POSTCODE, query.postcode.replace(/\s/g, ''));
  else if (query) url.searchParams.set(placeKey, query.place);
  return url.href;
}
