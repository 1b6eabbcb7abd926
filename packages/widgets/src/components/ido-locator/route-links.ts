import type { GeoPoint } from '@idokit/sdk';

/** How a resident wants to travel to a desk. Driving is left out on purpose (see below). */
export type TravelMode = 'transit' | 'walking' | 'cycling';

/** The travel modes in the order the locator shows them: public transport first. */
export const TRAVEL_MODES: readonly TravelMode[] = ['transit', 'walking', 'cycling'];

const GOOGLE_MODE: Record<TravelMode, string> = {
  transit: 'transit',
  walking: 'walking',
  cycling: 'bicycling',
};

/**
 * A route link to `to` for one travel mode: Google Maps' documented "Maps URLs" form
 * (`/maps/dir/?api=1&destination=…&travelmode=…`).
 *
 * Why this one: it is the only keyless, documented URL scheme that plans public transport as
 * well as walking and cycling routes (OpenStreetMap's directions have no public transport), it
 * opens the Maps app on phones that have it and the website otherwise, and the resident's own
 * position is filled in by their device, never by us. It is only a link: nothing is requested
 * until the resident follows it. The destination is the coordinates, not the address, so a route
 * is right even when an address is new or written unusually.
 */
export function routeUrl(to: GeoPoint, mode: TravelMode): string {
  const url = new URL('https://www.google.com/maps/dir/');
  url.searchParams.set('api', '1');
  url.searchParams.set('destination', `${to.lat},${to.lon}`);
  url.searchParams.set('travelmode', GOOGLE_MODE[mode]);
  return url.href;
}
