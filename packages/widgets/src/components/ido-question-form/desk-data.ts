import { isIdoError, type IdoClient } from '@idokit/sdk';
import { slipPartner } from '../../shared/referral-slip/slip-partner.js';
import { readDesk, writeDesk, type Desk } from './device-storage.js';

/** The most branches one organisation is expected to have (the largest have about 40). */
const SIBLINGS_LIMIT = 100;

/**
 * What the desk needs from the API: the categories, and for the device's location its name,
 * municipality, that municipality's partners (for referrals) and the other locations of its
 * organisation (a visit may be registered for one of them). Kept on the device under
 * `sessionKey`, so a desk that is offline (network down, or a timeout) works with what it saw
 * last time for the same location.
 */
export async function loadDesk(
  client: IdoClient,
  locationId: string | undefined,
  sessionKey: string,
  signal: AbortSignal,
): Promise<Desk> {
  try {
    const taxonomy = await client.getTaxonomy({ signal });
    const desk: Desk = { taxonomy, partners: [] };
    if (locationId) {
      const location = await client.getLocation(locationId, { signal });
      const municipality = location.address.municipality;
      const [partners, branches] = await Promise.all([
        client.listPartners({ municipality }, { signal }),
        client.searchLocations(
          { organisation: location.organisation, limit: SIBLINGS_LIMIT },
          { signal },
        ),
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
