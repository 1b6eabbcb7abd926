import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { OpeningHoursSchema, type Location, type Partner } from '@idokit/sdk';
import { fixtureFeed } from '@idokit/sdk/testing';
import { hoursCell, locationsToCsv, partnersToCsv } from './export.js';
import { locationsFromCsv, partnersFromCsv } from './rows.js';

const at = new Date('2026-11-20T10:00:00Z');

describe('CSV export in the import’s columns (issue 21)', () => {
  test('plain weekly hours are written compactly, anything more as JSON', () => {
    const plain = OpeningHoursSchema.parse({
      weekly: [
        { day: 'mo', opens: '10:00', closes: '12:00' },
        { day: 'mo', opens: '13:00', closes: '17:00' },
        { day: 'sa', opens: '10:00', closes: '13:00' },
      ],
    });
    assert.equal(hoursCell(plain), 'mo 10:00-12:00, 13:00-17:00; sa 10:00-13:00');
    const closed = OpeningHoursSchema.parse({
      ...plain,
      exceptions: [{ date: '2026-12-25', closed: true, note: 'Kerst' }],
    });
    assert.deepEqual(JSON.parse(hoursCell(closed)!), closed);
    assert.equal(hoursCell(undefined), undefined);
  });

  test('every fixture location and partner reads back as the same document', () => {
    const location: Location = {
      ...fixtureFeed.locations[0]!,
      name: 'Bieb "De Poort", Centrum',
      description: 'Eerste regel\nTweede regel; met puntkomma',
      accessibility: ' Ingang aan de achterkant',
    };
    const locations = [location, ...fixtureFeed.locations.slice(1)];
    const back = locationsFromCsv(locationsToCsv(locations), at);
    assert.deepEqual(back, [
      { ...location, accessibility: 'Ingang aan de achterkant' },
      ...fixtureFeed.locations.slice(1),
    ]);
    const partners: Partner[] = fixtureFeed.partners.map((p) => ({
      ...p,
      organisation: 'Voorbeeldbibliotheek Utrecht',
      checkedOn: '2026-05-01',
    }));
    assert.ok(
      partners.some((p) => p.referral.length > 1),
      'a partner with two routes',
    );
    assert.deepEqual(partnersFromCsv(partnersToCsv(partners), fixtureFeed.taxonomy, at), partners);
  });

  test('an other_referrals cell that is not a JSON list is an error at its row', () => {
    const csv = partnersToCsv([fixtureFeed.partners[0]!]).replace(/\r\n$/, '');
    const [header, row] = csv.split('\r\n');
    const columns = header!.split(',');
    // The last column is updated_at; put a broken list in other_referrals.
    const cells = row!.split(',');
    const at_ = columns.indexOf('other_referrals') - columns.length;
    cells[cells.length + at_] = 'by-phone';
    assert.throws(
      () => partnersFromCsv(`${header}\r\n${cells.join(',')}\r\n`, fixtureFeed.taxonomy, at),
      (error: { issues?: { row?: number; message: string }[] }) =>
        error.issues?.[0]?.row === 2 && /other_referrals/.test(error.issues[0].message),
    );
  });
});
