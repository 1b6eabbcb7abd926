import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fixtureFeed } from '@idokit/sdk/testing';
import { dutchDate, summarise } from './summary.js';

const location = structuredClone(fixtureFeed.locations[0]!);
const partner = structuredClone(fixtureFeed.partners[0]!);

/** The location with `change` applied to a copy. */
function changed(change: (doc: typeof location) => void): typeof location {
  const copy = structuredClone(location);
  change(copy);
  copy.updatedAt = '2026-12-08T10:00:00.000Z';
  return copy;
}

describe('the audit summary of a change (issue 21)', () => {
  test('dates in Dutch', () => {
    assert.equal(dutchDate('2026-12-25'), '25 december 2026');
    assert.equal(dutchDate('2027-01-01'), '1 januari 2027');
  });

  const cases: {
    name: string;
    entity: Parameters<typeof summarise>[0];
    before: unknown;
    after: unknown;
    want: string;
  }[] = [
    {
      name: 'a Christmas closure of the library and its consultation hours is one line',
      entity: 'location',
      before: location,
      after: changed((l) => {
        l.hours.library.exceptions!.push({ date: '2026-12-25', closed: true, note: 'Kerst' });
        l.hours.ido!.exceptions!.push({ date: '2026-12-25', closed: true, note: 'Kerst' });
      }),
      want: 'Gesloten op 25 december 2026 (Kerst)',
    },
    {
      name: 'other hours on one day',
      entity: 'location',
      before: location,
      after: changed((l) =>
        l.hours.library.exceptions!.push({
          date: '2027-01-02',
          intervals: [{ opens: '12:00', closes: '16:00' }],
        }),
      ),
      want: 'Andere tijden op 2 januari 2027',
    },
    {
      name: 'a closure taken away',
      entity: 'location',
      before: location,
      after: changed((l) => {
        l.hours.library.exceptions = l.hours.library.exceptions!.filter(
          (e) => e.date !== '2026-12-31',
        );
      }),
      want: 'Uitzondering op 31 december 2026 verwijderd',
    },
    {
      name: 'the week of the library',
      entity: 'location',
      before: location,
      after: changed((l) => {
        l.hours.library.weekly[0]!.closes = '17:00';
      }),
      want: 'Openingstijden gewijzigd',
    },
    {
      name: 'phone hours added',
      entity: 'location',
      before: location,
      after: changed((l) => {
        l.hours.phone = {
          timeZone: 'Europe/Amsterdam',
          weekly: [{ day: 'mo', opens: '09:00', closes: '12:00' }],
        } as typeof l.hours.library;
      }),
      want: 'Telefonische bereikbaarheid toegevoegd',
    },
    {
      name: 'plain fields, named in Dutch',
      entity: 'location',
      before: location,
      after: changed((l) => {
        l.name = 'IDO Centrum';
        l.accessibility = 'Lift naar de eerste verdieping';
      }),
      want: 'Gewijzigd: naam en toegankelijkheid',
    },
    {
      name: 'hours and fields together',
      entity: 'location',
      before: location,
      after: changed((l) => {
        l.languages = ['nl'];
        l.hours.ido!.weekly.pop();
      }),
      want: 'IDO-spreekuren gewijzigd; Gewijzigd: talen',
    },
    {
      name: 'only updatedAt moved',
      entity: 'location',
      before: location,
      after: changed(() => {}),
      want: `Locatie opgeslagen zonder wijzigingen: ${location.name}`,
    },
    {
      name: 'a new partner',
      entity: 'partner',
      before: null,
      after: { ...partner, name: 'Schuldhulp Utrecht' },
      want: 'Partner toegevoegd: Schuldhulp Utrecht',
    },
    {
      name: 'a partner checked',
      entity: 'partner',
      before: partner,
      after: { ...partner, checkedOn: '2026-12-08', staffInstructions: 'Bel eerst' },
      want: 'Gecontroleerd op 8 december 2026; Gewijzigd: instructies voor medewerkers',
    },
    {
      name: 'an outreach session deleted names its place and day',
      entity: 'outreach',
      before: { id: 'x', name: 'Buurthuis De Kroon', date: '2027-01-14' },
      after: null,
      want: 'Spreekuur op locatie verwijderd: Buurthuis De Kroon, 14 januari 2027',
    },
    {
      name: 'many changes are counted',
      entity: 'location',
      before: location,
      after: changed((l) => {
        l.name = 'X';
        l.hours.library.weekly.pop();
        l.hours.ido!.weekly.pop();
        l.hours.library.exceptions!.push({ date: '2026-12-25', closed: true });
        l.hours.library.exceptions!.push({ date: '2026-12-26', closed: true });
      }),
      want: 'Gesloten op 25 december 2026; Gesloten op 26 december 2026; Openingstijden gewijzigd; en 2 andere wijzigingen',
    },
  ];
  for (const c of cases)
    test(c.name, () => assert.equal(summarise(c.entity, c.before, c.after), c.want));
});
