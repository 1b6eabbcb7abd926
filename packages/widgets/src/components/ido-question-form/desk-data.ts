import { addDays, civilDate, isIdoError, type IdoClient } from '@idokit/sdk';
import { slipPartner } from '../../shared/referral-slip/slip-partner.js';
import { readDesk, writeDesk, type Desk } from './device-storage.js';

/** The most branches one organisation is expected to have (the largest have about 40). */
const SIBLINGS_LIMIT = 100;

/** Outreach sessions are loaded from this many days back (visits registered afterwards) … */
const OUTREACH_DAYS_BACK = 14;
/** … through this many days ahead (a desk left open for days still offers that day's). */
const OUTREACH_DAYS_AHEAD = 7;

/**
 * What the desk needs from the API: the categories, and for the device's location its name,
 * municipality, that municipality's partners (for referrals), the other locations of its
 * organisation (a visit may be registered for one of them) and its outreach sessions around
 * `at` (a visit may be registered at one). Kept on the device under
 * `sessionKey`, so a desk that is offline (network down, or a timeout) works with what it saw
 * last time for the same location.
 */
export async function loadDesk(
  client: IdoClient,
  locationId: string | undefined,
  sessionKey: string,
  signal: AbortSignal,
  at: Date,
): Promise<Desk> {
  try {
    const taxonomy = await client.getTaxonomy({ signal });
    const desk: Desk = { taxonomy, partners: [] };
    if (locationId) {
      const location = await client.getLocation(locationId, { signal });
      const municipality = location.address.municipality;
      const today = civilDate(at, 'Europe/Amsterdam');
      const [partners, branches, outreach] = await Promise.all([
        client.listPartners({ municipality }, { signal }),
        client.searchLocations(
          { organisation: location.organisation, limit: SIBLINGS_LIMIT },
          { signal },
        ),
        client
          .outreachSessions(
            {
              from: addDays(today, -OUTREACH_DAYS_BACK),
              through: addDays(today, OUTREACH_DAYS_AHEAD),
              locationId,
            },
            { signal },
          )
          // An older server has no sessions to offer; a typed place name still works.
          .catch((error: unknown) => {
            if (signal.aborted) throw error;
            return [];
          }),
      ]);
      Object.assign(desk, {
        locationId,
        locationName: location.name,
        municipality,
        organisation: location.organisation,
        siblings: branches.items
          .map((m) => ({ id: m.location.id, name: m.location.name }))
          .filter((l) => l.id !== locationId)
          .sort((a, b) => a.name.localeCompare(b.name, 'nl')),
        partners: partners.map((p) => ({ id: p.id, name: p.name, slip: slipPartner(p) })),
        outreach: outreach.map((o) => ({
          id: o.id,
          name: o.name,
          date: o.date,
          opens: o.time.opens,
          closes: o.time.closes,
        })),
      });
    }
    writeDesk(sessionKey, desk);
    return desk;
  } catch (error) {
    // Offline at the desk: the categories and partners seen last time still serve.
    const cached = readDesk(sessionKey);
    if (
      isIdoError(error) &&
      (error.code === 'network' || error.code === 'timeout') &&
      cached?.taxonomy &&
      cached.locationId === locationId
    )
      return cached;
    throw error;
  }
}
