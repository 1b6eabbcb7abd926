import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ImportError } from './csv.js';
import {
  LOCATION_COLUMNS,
  PARTNER_COLUMNS,
  locationsFromCsv,
  parseHoursCell,
  partnersFromCsv,
} from './rows.js';
import { defaultTaxonomy } from '@idokit/sdk';

const AT = new Date('2026-11-01T00:00:00Z');

describe('opening hours in a cell', () => {
  test('day ranges, lists and several intervals', () => {
    assert.deepEqual(parseHoursCell('mo-we 10:00-12:00, 13:00-17:00; sa 9:30-12:00').weekly, [
      { day: 'mo', opens: '10:00', closes: '12:00' },
      { day: 'tu', opens: '10:00', closes: '12:00' },
      { day: 'we', opens: '10:00', closes: '12:00' },
      { day: 'mo', opens: '13:00', closes: '17:00' },
      { day: 'tu', opens: '13:00', closes: '17:00' },
      { day: 'we', opens: '13:00', closes: '17:00' },
      { day: 'sa', opens: '09:30', closes: '12:00' },
    ]);
    assert.deepEqual(
      parseHoursCell('Tu,TH 14:00-16:00').weekly.map((w) => w.day),
      ['tu', 'th'],
    );
  });

  test('JSON for everything else (exceptions, seasons)', () => {
    const hours = parseHoursCell(
      '{"weekly":[],"exceptions":[{"date":"2026-12-24","closed":true}]}',
    );
    assert.equal(hours.exceptions?.length, 1);
  });

  test('mistakes say what to write', () => {
    assert.throws(() => parseHoursCell('maandag 10:00-17:00'), /Unknown day "maandag"/);
    assert.throws(() => parseHoursCell('fr-mo 10:00-17:00'), /Unknown day/);
    assert.throws(() => parseHoursCell('mo 10-17'), /Cannot read/);
    assert.throws(() => parseHoursCell('{nope'), /must be JSON/);
  });
});

describe('locations.csv', () => {
  const header = LOCATION_COLUMNS.required.join(',');
  const row = 'ido-a,IDO A,Bieb,Straat,1,1234 AB,Plaats,Gemeente,52.1,5.1,mo 10:00-12:00';

  test('Dutch spreadsheets: semicolons, a BOM, decimal commas', () => {
    const text = `\uFEFF${header.replaceAll(',', ';')}\r\nido-a;IDO A;Bieb;Straat;1;1234ab;Plaats;Gemeente;52,1;5,1;mo 10:00-12:00\r\n`;
    const [location] = locationsFromCsv(text, AT);
    assert.equal(location?.address.postcode, '1234 AB');
    assert.deepEqual(location?.geo, { lat: 52.1, lon: 5.1 });
    assert.deepEqual(location?.languages, ['nl']);
    assert.equal(location?.updatedAt, AT.toISOString());
  });

  test('header problems are reported on row 1', () => {
    const error = (() => {
      try {
        locationsFromCsv(`${header.replace(',lat', ',latitude')}\n${row}`, AT);
      } catch (e) {
        return e;
      }
    })();
    assert.ok(error instanceof ImportError);
    assert.deepEqual(
      error.issues.map((i) => [i.row, i.column, i.message.split(';')[0]]),
      [
        [1, 'latitude', 'Unknown column'],
        [1, 'lat', 'Missing column'],
      ],
    );
  });

  test('an unclosed quote is malformed CSV', () => {
    assert.throws(
      () => locationsFromCsv(`${header}\n"ido-a,IDO A`, AT),
      (e) => e instanceof ImportError && /Not valid CSV/.test(e.message),
    );
  });

  test('a header without rows imports nothing', () => {
    assert.throws(() => locationsFromCsv(header, AT), /no rows/);
  });

  test('coordinates outside the Netherlands are refused (swapped lat/lon)', () => {
    assert.throws(
      () => locationsFromCsv(`${header}\n${row.replace('52.1,5.1', '5.1,52.1')}`, AT),
      (e) => e instanceof ImportError && e.issues[0]?.row === 2 && e.issues[0]?.column === 'lat',
    );
  });
});

describe('partners.csv', () => {
  const header = [...PARTNER_COLUMNS.required, 'languages', 'cost', 'cost_note'].join(',');
  const row = (extra: string) =>
    `srv-a,SRV A,sociaal-raadslieden,Gratis hulp bij brieven,toeslagen,Zwolle,by-phone,Bel samen,${extra}`;

  test('languages and cost are read when given, and left out when the cells are empty', () => {
    const [known, unknown] = partnersFromCsv(
      `${header}\n${row('nl;en;ar,free-for-members,Lid worden kost € 30')}\n${row(',,').replace('srv-a', 'srv-b')}\n`,
      defaultTaxonomy,
      AT,
    );
    assert.deepEqual(known?.languages, ['nl', 'en', 'ar']);
    assert.deepEqual(known?.cost, { kind: 'free-for-members', note: 'Lid worden kost € 30' });
    assert.equal(unknown?.id, 'srv-b');
    assert.equal('languages' in unknown!, false);
    assert.equal('cost' in unknown!, false);
  });

  test('a wrong language or cost is reported at its row and column', () => {
    const error = (() => {
      try {
        partnersFromCsv(`${header}\n${row('Nederlands,cheap,')}\n`, defaultTaxonomy, AT);
      } catch (e) {
        return e;
      }
    })();
    assert.ok(error instanceof ImportError);
    assert.deepEqual(
      error.issues.map((i) => [i.row, i.column]),
      [
        [2, 'languages'],
        [2, 'cost'],
      ],
    );
  });

  test('a note without a cost kind asks for the kind', () => {
    assert.throws(
      () => partnersFromCsv(`${header}\n${row(',,Soms een bijdrage')}\n`, defaultTaxonomy, AT),
      (e) => e instanceof ImportError && e.issues[0]?.column === 'cost',
    );
  });
});

describe('text for residents and for staff, what to bring, phone hours (issue 22)', () => {
  const issuesOf = (run: () => unknown) => {
    try {
      run();
    } catch (e) {
      assert.ok(e instanceof ImportError);
      return e.issues.map((i) => [i.row, i.column, i.message]);
    }
    assert.fail('expected an ImportError');
  };

  describe('locations.csv', () => {
    const header = [...LOCATION_COLUMNS.required, 'staff_instructions', 'bring', 'phone_hours'];
    const base = 'ido-a,IDO A,Bieb,Straat,1,1234 AB,Plaats,Gemeente,52.1,5.1,mo 10:00-12:00';
    const csv = (extra: string) => `${header.join(',')}\n${base},${extra}\n`;

    test('staff instructions, what to bring and phone hours are read into their fields', () => {
      const [location] = locationsFromCsv(
        csv(
          'Bel de teamleider bij drukte,"DigiD-app of sms-code; Identiteitsbewijs",tu-th 9:00-12:00',
        ),
        AT,
      );
      assert.equal(location?.staffInstructions, 'Bel de teamleider bij drukte');
      assert.deepEqual(location?.bring, ['DigiD-app of sms-code', 'Identiteitsbewijs']);
      assert.deepEqual(
        location?.hours.phone?.weekly.map((w) => w.day),
        ['tu', 'we', 'th'],
      );
      assert.equal(location?.hours.phone?.weekly[0]?.opens, '09:00');
    });

    test('empty cells leave the fields out', () => {
      const [location] = locationsFromCsv(csv(',,'), AT);
      assert.equal('staffInstructions' in location!, false);
      assert.equal('bring' in location!, false);
      assert.equal('phone' in location!.hours, false);
    });

    test('bad cells are reported at their row and column, with what to do', () => {
      assert.deepEqual(
        issuesOf(() => locationsFromCsv(csv(',";",'), AT)),
        [[2, 'bring', 'Leave "bring" out when there is nothing to bring']],
      );
      const tooMany = Array.from({ length: 13 }, (_, i) => `ding ${i}`).join(';');
      assert.equal(issuesOf(() => locationsFromCsv(csv(`,"${tooMany}",`), AT))[0]?.[1], 'bring');
      const [hoursIssue] = issuesOf(() => locationsFromCsv(csv(',,maandag 9:00-12:00'), AT));
      assert.equal(hoursIssue?.[0], 2);
      assert.match(String(hoursIssue?.[2]), /^phone_hours: Unknown day "maandag"/);
      assert.equal(
        issuesOf(() => locationsFromCsv(csv(`${'x'.repeat(601)},,`), AT))[0]?.[1],
        'staff_instructions',
      );
    });
  });

  describe('partners.csv', () => {
    const header = [...PARTNER_COLUMNS.required, 'staff_instructions', 'bring'].join(',');
    const row = (extra: string) =>
      `srv-a,SRV A,sociaal-raadslieden,Gratis hulp bij brieven,toeslagen,Zwolle,by-phone,Bel samen,${extra}`;

    test('the resident text and the staff instructions stay apart; what to bring is a list', () => {
      const [partner] = partnersFromCsv(
        `${header}\n${row('Noem dat u van het IDO belt,De brief;Loonstroken')}\n`,
        defaultTaxonomy,
        AT,
      );
      assert.equal(partner?.description, 'Gratis hulp bij brieven');
      assert.equal(partner?.staffInstructions, 'Noem dat u van het IDO belt');
      assert.equal(partner?.referral[0]?.instructions, 'Bel samen');
      assert.deepEqual(partner?.bring, ['De brief', 'Loonstroken']);
    });

    test('a too long item to bring is reported at its row and column', () => {
      const issues = issuesOf(() =>
        partnersFromCsv(`${header}\n${row(`,${'x'.repeat(121)}`)}\n`, defaultTaxonomy, AT),
      );
      assert.deepEqual(
        issues.map(([r, c]) => [r, c]),
        [[2, 'bring']],
      );
    });
  });
});
