import type { Location } from '../schemas/location.js';
import type { OpeningHours } from '../schemas/opening-hours.js';

/**
 * The hours in which a resident can get IDO help at a location: its IDO consultation hours, or,
 * for a desk without them, the library's opening hours (the desk is staffed whenever the library
 * is open). `kind` says which, so a page can say "Spreekuur" or "Bibliotheek".
 */
export function idoHours(location: Location): { kind: 'ido' | 'library'; hours: OpeningHours } {
  return location.hours.ido
    ? { kind: 'ido', hours: location.hours.ido }
    : { kind: 'library', hours: location.hours.library };
}
