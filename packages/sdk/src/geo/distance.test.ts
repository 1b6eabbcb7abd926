import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { GeoPoint } from '../schemas/common.js';
import { distanceKm, EARTH_RADIUS_KM } from './distance.js';

const amsterdamCentraal = { lat: 52.3789, lon: 4.9004 };
const utrechtCentraal = { lat: 52.0894, lon: 5.1098 };
const groningen = { lat: 53.2105, lon: 6.5641 };
const maastricht = { lat: 50.8497, lon: 5.7054 };

describe('distanceKm', () => {
  // Reference values computed separately with the spherical law of cosines (R = 6371.0088 km).
  const known: [name: string, a: GeoPoint, b: GeoPoint, km: number, tolerance: number][] = [
    ['Amsterdam Centraal ↔ Utrecht Centraal', amsterdamCentraal, utrechtCentraal, 35.21, 0.01],
    ['Groningen station ↔ Maastricht station', groningen, maastricht, 269.0, 0.05],
    ['London ↔ Paris', { lat: 51.5074, lon: -0.1278 }, { lat: 48.8566, lon: 2.3522 }, 343.56, 0.01],
    ['one degree of latitude', { lat: 52, lon: 5 }, { lat: 53, lon: 5 }, 111.195, 0.001],
    [
      'a quarter of the equator',
      { lat: 0, lon: 0 },
      { lat: 0, lon: 90 },
      (Math.PI / 2) * EARTH_RADIUS_KM,
      1e-9,
    ],
    ['antipodes', { lat: 52, lon: 5 }, { lat: -52, lon: -175 }, Math.PI * EARTH_RADIUS_KM, 1e-6],
    ['across the antimeridian', { lat: 0, lon: 179.5 }, { lat: 0, lon: -179.5 }, 111.195, 0.001],
  ];
  for (const [name, a, b, km, tolerance] of known) {
    test(`${name} ≈ ${km.toFixed(2)} km`, () => {
      const d = distanceKm(a, b);
      assert.ok(Math.abs(d - km) <= tolerance, `got ${d}`);
    });
  }

  test('is zero for the same point and symmetric', () => {
    assert.equal(distanceKm(utrechtCentraal, utrechtCentraal), 0);
    assert.equal(distanceKm(groningen, maastricht), distanceKm(maastricht, groningen));
  });

  test('a degree of longitude in the Netherlands is shorter than one of latitude', () => {
    const east = distanceKm({ lat: 52, lon: 5 }, { lat: 52, lon: 6 });
    assert.ok(east > 68 && east < 69, `got ${east}`);
  });
});
