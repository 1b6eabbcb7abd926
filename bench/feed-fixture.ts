/** A feed of `count` locations made from the sample feed (copies with new ids, shifted a little). */
import { readFileSync } from 'node:fs';
import { root } from './server.js';

export function scaledFeed(count: number): Record<string, unknown> {
  const sample = JSON.parse(readFileSync(`${root}/packages/sdk/data/sample-feed.json`, 'utf8')) as {
    locations: { id: string; geo: { lat: number; lon: number } }[];
  } & Record<string, unknown>;
  const base = sample.locations;
  const locations = Array.from({ length: count }, (_, i) => {
    const source = base[i % base.length]!;
    const round = Math.floor(i / base.length);
    return round === 0
      ? source
      : {
          ...source,
          id: `${source.id}-${round}`,
          geo: {
            lat: source.geo.lat + ((round * 7) % 13) * 0.003,
            lon: source.geo.lon + ((round * 5) % 11) * 0.003,
          },
        };
  });
  return { ...sample, locations };
}

export const feedText = (count: number): string => JSON.stringify(scaledFeed(count));
