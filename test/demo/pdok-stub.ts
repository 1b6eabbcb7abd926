// A local stand-in for PDOK Locatieserver v3.1 (the one outside service the demo calls), answering
// in its exact response shape — `centroide_ll` is "POINT(lon lat)", longitude first — for a few
// postcodes and places of the sample dataset. Counts requests so a test can see the server's cache.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

interface Place {
  pc4: string;
  town: string;
  municipality: string;
  province: string;
  lon: number;
  lat: number;
}

const PLACES: Place[] = [
  {
    pc4: '8011',
    town: 'Zwolle',
    municipality: 'Zwolle',
    province: 'Overijssel',
    lon: 6.0944,
    lat: 52.5125,
  },
  {
    pc4: '3511',
    town: 'Utrecht',
    municipality: 'Utrecht',
    province: 'Utrecht',
    lon: 5.1152,
    lat: 52.0918,
  },
  {
    pc4: '9711',
    town: 'Groningen',
    municipality: 'Groningen',
    province: 'Groningen',
    lon: 6.5665,
    lat: 53.2194,
  },
];

function doc(place: Place, kind: 'postcode' | 'woonplaats', postcode?: string) {
  return {
    type: kind,
    weergavenaam:
      kind === 'postcode'
        ? `${postcode}, ${place.town}`
        : `${place.town}, ${place.municipality}, ${place.province}`,
    id: `${kind}-${place.pc4}`,
    ...(postcode ? { postcode } : {}),
    woonplaatsnaam: place.town,
    gemeentenaam: place.municipality,
    gemeentecode: '0193',
    provincienaam: place.province,
    centroide_ll: `POINT(${place.lon} ${place.lat})`,
    score: 10,
  };
}

export class PdokStub {
  requests = 0;
  #server: Server | undefined;
  url = '';

  async listen(): Promise<void> {
    this.#server = createServer((req, res) => {
      this.requests += 1;
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const text =
        `${url.searchParams.get('q') ?? ''} ${url.searchParams.get('fq') ?? ''}`.toUpperCase();
      const pc = /\b(\d{4})\s?([A-Z]{2})?\b/.exec(text);
      const docs = pc
        ? PLACES.filter((p) => p.pc4 === pc[1]).map((p) =>
            doc(p, 'postcode', `${pc[1]}${pc[2] ?? 'AB'}`),
          )
        : PLACES.filter((p) => text.includes(p.town.toUpperCase())).map((p) =>
            doc(p, 'woonplaats'),
          );
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          response: { numFound: docs.length, start: 0, maxScore: 10, numFoundExact: true, docs },
        }),
      );
    });
    await new Promise<void>((resolve) => this.#server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.#server!.address() as AddressInfo).port}`;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.#server?.close(() => resolve()) ?? resolve());
  }
}
