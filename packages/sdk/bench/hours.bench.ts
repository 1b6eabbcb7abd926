/**
 * The opening-hours engine on a result list: `openingStatus` (and the text a badge shows) for
 * 1 000 locations with realistic hours, plus `weekSchedule`. The hours are the sample feed's 86
 * branches, cloned (distinct objects, no sharing) and their times shifted a little to make 1 000.
 *
 * "new day" passes evaluate every location at an instant on a day not seen before (cold caches for
 * those dates, warm JIT); "same instant" passes repeat one instant, as a page re-rendering its list
 * does. The first pass of the process also pays for JIT compilation, `Intl` and holiday tables.
 */
import { readFileSync } from 'node:fs';
import { formatStatus, openingStatus, validateIdoHours, weekSchedule } from '../src/hours/index.js';
import { FeedSchema } from '../src/schemas/feed.js';
import type { OpeningHours } from '../src/schemas/opening-hours.js';
import { seededRandom } from '../src/testing/random.js';
import { median, time } from './measure.js';

const LOCATIONS = 1000;

const minutes = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
const hhmm = (m: number): string =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** The schedule moved by `delta` minutes, if every weekly interval stays within the day. */
function shifted(hours: OpeningHours, delta: number): OpeningHours {
  const fits = hours.weekly.every(
    (w) => minutes(w.opens) + delta >= 0 && minutes(w.closes) + delta <= 23 * 60 + 59,
  );
  if (!fits) return hours;
  for (const w of hours.weekly) {
    w.opens = hhmm(minutes(w.opens) + delta);
    w.closes = hhmm(minutes(w.closes) + delta);
  }
  return hours;
}

function schedules(): OpeningHours[] {
  const base = feed().locations.flatMap((l) =>
    l.hours.ido ? [l.hours.library, l.hours.ido] : [l.hours.library],
  );
  const next = seededRandom(2026);
  return Array.from({ length: LOCATIONS }, (_, i) => {
    const delta = i < base.length ? 0 : Math.round(next() * 2 - 1) * 30;
    return shifted(structuredClone(base[i % base.length]!), delta);
  });
}

function feed() {
  return FeedSchema.parse(
    JSON.parse(readFileSync(new URL('../data/sample-feed.json', import.meta.url), 'utf8')),
  );
}

function row(name: string, msPerPass: number, callsPerPass: number): string {
  const us = (msPerPass * 1000) / callsPerPass;
  const ops = Math.round(1e6 / us).toLocaleString('en');
  return `${name}: ${us.toFixed(2)} µs per call | ${ops} ops/s | ${msPerPass.toFixed(2)} ms for ${callsPerPass} calls`;
}

export function run(): void {
  const all = schedules();
  let sink = 0;
  const statusPass = (at: Date) => () => {
    for (const h of all) sink += openingStatus(h, at).state === 'open' ? 1 : 0;
  };

  // The very first pass pays for the Intl formatter and the holiday tables.
  const first = time(statusPass(new Date('2026-03-02T09:15:00Z')));

  // Warm the JIT on days outside the measured range, so "a new day" measures cache misses only.
  for (let k = 0; k < 60; k++) statusPass(new Date(Date.UTC(2030, 0, 1 + k * 9, 10)))();

  // New days: 40 instants, 9 days apart, each at a different hour, through 2026 and into 2027.
  const newDays = Array.from(
    { length: 40 },
    (_, k) => new Date(Date.UTC(2026, 2, 12 + k * 9, 5 + (k % 14), (7 * k) % 60)),
  );
  const cold = median(newDays.map((at) => time(statusPass(at))));

  const at = new Date('2026-06-03T12:34:00Z');
  for (let k = 0; k < 5; k++) statusPass(at)();
  const warm = median(Array.from({ length: 40 }, () => time(statusPass(at))));

  const opts = { lang: 'nl' as const, timeZone: 'Europe/Amsterdam' };
  const statuses = all.map((h) => openingStatus(h, at));
  const text = median(
    Array.from({ length: 40 }, () =>
      time(() => {
        for (const s of statuses) sink += formatStatus(s, at, opts).length;
      }),
    ),
  );

  const week = new Date('2026-12-23T12:00:00Z');
  const weekPass = () => {
    for (const h of all) sink += weekSchedule(h, week).length;
  };
  for (let k = 0; k < 3; k++) weekPass();
  const weeks = median(Array.from({ length: 20 }, () => time(weekPass)));

  const locations = feed().locations;
  let issues = 0;
  const validate = time(() => {
    for (const l of locations) issues += validateIdoHours(l, at).length;
  });

  console.log(
    `${LOCATIONS.toLocaleString('en')} schedules from the sample feed (${locations.length} branches, library and IDO hours)`,
  );
  console.log(row('openingStatus, first pass of the process', first, LOCATIONS));
  console.log(row('openingStatus, a new day (median of 40 passes)', cold, LOCATIONS));
  console.log(row('openingStatus, same instant again (median of 40 passes)', warm, LOCATIONS));
  console.log(row('formatStatus (nl)', text, LOCATIONS));
  console.log(row('weekSchedule (Christmas week, 7 days each)', weeks, LOCATIONS));
  console.log(
    row(`validateIdoHours (a year of dates; ${issues} issues)`, validate, locations.length),
  );
  if (sink === -1) console.log(sink);
}
