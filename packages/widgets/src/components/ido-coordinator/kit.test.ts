// The coordinator's pure helpers: field problems by path, the error summary's order, the conflict
// view's differences, and the location draft (a saved location survives the form unchanged).
import {
  DAYS,
  IdoValidationError,
  LocationEditSchema,
  type WeeklyInterval as Interval,
} from '@idokit/sdk';
import { fixtureFeed } from '@idokit/sdk/testing';
import { expect } from '@open-wc/testing';
import { conflictRows } from './conflict-view.js';
import { errorAt, fieldErrors, fieldId, summaryItems } from './form-kit.js';
import {
  newDraft,
  previewLocation,
  sameAsMonday,
  slugOf,
  toDraft,
  toEdit,
} from './location-draft.js';
import { translateProblem } from './messages.js';

const centrum = fixtureFeed.locations.find((l) => l.id === 'ido-utrecht-centrum')!;

describe('the coordinator form kit', () => {
  it('maps problems to paths, keeps the first per path, and finds a problem inside a field', () => {
    const error = new IdoValidationError('location', [
      { path: ['address', 'postcode'], message: 'bad postcode' },
      { path: ['address', 'postcode'], message: 'second' },
      { path: ['hours', 'library', 'weekly', 2, 'closes'], message: 'closes before opens' },
    ]);
    const errors = fieldErrors(error);
    expect(errors).to.deep.equal({
      'address.postcode': 'bad postcode',
      'hours.library.weekly.2.closes': 'closes before opens',
    });
    expect(errorAt(errors, 'hours.library.weekly')).to.equal('closes before opens');
    expect(errorAt(errors, 'address.city')).to.equal(undefined);
    expect(fieldId('hours.library.weekly.2.closes')).to.equal(
      'field-hours-library-weekly-2-closes',
    );
  });

  it('lists the summary in the form’s order, each problem under its nearest field', () => {
    const items = summaryItems(
      { 'hours.library.weekly.2.closes': 'late', name: 'empty', 'odd.path': 'other' },
      { name: 'Naam', 'hours.library.weekly': 'Openingstijden' },
    );
    expect(items).to.deep.equal([
      { path: 'name', label: 'Naam', message: 'empty' },
      { path: 'hours.library.weekly', label: 'Openingstijden', message: 'late' },
      { path: '', label: '', message: 'other' },
    ]);
  });

  it('says the server’s problems in plain Dutch, and leaves English as it is', () => {
    const nl = translateProblem('nl', 'Dit klopt niet.');
    expect(nl('Must be a Dutch postcode written as "1234 AB"', 'address.postcode')).to.contain(
      '1234 AB',
    );
    expect(nl('Must not be empty', 'name')).to.equal('Vul dit veld in.');
    expect(nl('"closes" must be after "opens" on the same day', 'x.closes')).to.contain('eindtijd');
    expect(translateProblem('en', 'x')('Must not be empty', 'name')).to.equal('Must not be empty');
  });

  it('shows only the fields that differ, labelled, never updatedAt', () => {
    const theirs = { ...centrum, name: 'Nieuwe naam', updatedAt: '2030-01-01T00:00:00Z' };
    const rows = conflictRows(centrum, theirs, { name: 'Naam', hours: 'Openingstijden' });
    expect(rows).to.deep.equal([{ label: 'Naam', mine: centrum.name, theirs: 'Nieuwe naam' }]);
  });
});

describe('the location draft', () => {
  it('gives back the saved location unchanged when nothing was edited (the week in day order)', () => {
    const byDay = (doc: object) => {
      const copy = structuredClone(doc) as { hours: Record<string, { weekly: Interval[] }> };
      for (const hours of Object.values(copy.hours))
        hours.weekly.sort(
          (a, b) => DAYS.indexOf(a.day) - DAYS.indexOf(b.day) || a.opens.localeCompare(b.opens),
        );
      return copy;
    };
    const { updatedAt: _stamped, ...saved } = centrum;
    const { updatedAt: _none, ...again } = LocationEditSchema.parse(toEdit(toDraft(centrum)));
    expect(byDay(again)).to.deep.equal(byDay(saved));
  });

  it('a new location starts valid but for its name, address and place', () => {
    const result = LocationEditSchema.safeParse(toEdit(newDraft('Voorbeeldbibliotheek Utrecht')));
    expect(result.success).to.equal(false);
    const paths = result.error!.issues.map((i) => i.path.join('.'));
    expect(paths).to.include('name');
    expect(paths).to.include('address.postcode');
    expect(paths.some((p) => p.startsWith('hours'))).to.equal(false);
  });

  it('copies Monday to the other weekdays, and names a location by a slug', () => {
    const draft = toDraft(centrum);
    const week = sameAsMonday({ ...draft.hours.library.week, tu: [] });
    expect(week.tu).to.deep.equal(week.mo);
    expect(week.fr).to.deep.equal(week.mo);
    expect(week.sa).to.deep.equal(draft.hours.library.week.sa);
    expect(slugOf('IDO Bibliotheek Utrecht – Zuilen!')).to.equal('ido-bibliotheek-utrecht-zuilen');
  });

  it('previews the draft’s hours, and the last good ones while a time is half typed', () => {
    const draft = toDraft(centrum);
    draft.hours.library.exceptions = [
      { date: '2026-12-24', closed: true, intervals: [], note: 'Kerst' },
    ];
    const good = previewLocation(centrum, draft, undefined);
    expect(good.stale).to.equal(false);
    expect(good.location!.hours.library.exceptions).to.deep.include({
      date: '2026-12-24',
      closed: true,
      note: 'Kerst',
    });
    draft.hours.library.week.mo = [{ opens: '1', closes: '17:00' }];
    const half = previewLocation(centrum, draft, good.location);
    expect(half.stale).to.equal(true);
    expect(half.location).to.equal(good.location);
  });
});
