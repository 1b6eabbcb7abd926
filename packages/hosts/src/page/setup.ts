// Runs before the elements are defined: postcodes are looked up in the fixture table instead
// of at PDOK (the one outside service; the page has no internet).
import { createTableGeocoder, fixtureGeocodeTable } from '@idokit/sdk/testing';
import { IdoKit } from '@idokit/widgets';

IdoKit.configure({ clientOptions: { geocoder: createTableGeocoder(fixtureGeocodeTable) } });
