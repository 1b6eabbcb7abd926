import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One PDOK Locatieserver document, as the real service returns it. */
interface PdokDoc {
  type: 'postcode' | 'woonplaats' | 'gemeente';
  weergavenaam: string;
  postcode?: string;
  woonplaatsnaam?: string;
  gemeentenaam: string;
  centroide_ll: string;
}

const postcode = (pc: string, place: string, lon: number, lat: number): PdokDoc => ({
  type: 'postcode',
  weergavenaam: `${pc.slice(0, 4)} ${pc.slice(4)}, ${place}`,
  postcode: pc,
  woonplaatsnaam: place,
  gemeentenaam: place,
  centroide_ll: `POINT(${lon} ${lat})`,
});

const DOCS: PdokDoc[] = [
  postcode('3511AB', 'Utrecht', 5.1214, 52.0907),
  postcode('3511CD', 'Utrecht', 5.1186, 52.0921),
  postcode('8011AA', 'Zwolle', 6.0946, 52.5106),
  postcode('1012AB', 'Amsterdam', 4.8932, 52.3731),
  {
    type: 'woonplaats',
    weergavenaam: 'Zwolle, Zwolle, Overijssel',
    woonplaatsnaam: 'Zwolle',
    gemeentenaam: 'Zwolle',
    centroide_ll: 'POINT(6.083 52.5168)',
  },
  {
    type: 'woonplaats',
    weergavenaam: 'Utrecht, Utrecht, Utrecht',
    woonplaatsnaam: 'Utrecht',
    gemeentenaam: 'Utrecht',
    centroide_ll: 'POINT(5.1214 52.0907)',
  },
  {
    type: 'woonplaats',
    weergavenaam: 'Amsterdam, Amsterdam, Noord-Holland',
    woonplaatsnaam: 'Amsterdam',
    gemeentenaam: 'Amsterdam',
    centroide_ll: 'POINT(4.8936 52.3728)',
  },
];

/** A local stand-in for PDOK Locatieserver v3.1 (`/free`, `/suggest`), in its exact shape. */
export interface PdokStub {
  url: string;
  /** Requests seen, as `endpoint?query`. */
  requests: string[];
  /** When true, every request answers 500. */
  failing: boolean;
  close(): Promise<void>;
}

export async function startPdokStub(): Promise<PdokStub> {
  const stub = { requests: [] as string[], failing: false } as PdokStub;
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://stub');
    stub.requests.push(`${url.pathname}?${url.searchParams}`);
    if (stub.failing) {
      res.writeHead(500, { 'Content-Type': 'text/plain' }).end('upstream broke');
      return;
    }
    const fq = url.searchParams.get('fq') ?? '';
    const q = (url.searchParams.get('q') ?? '').toLowerCase();
    let docs: PdokDoc[] = [];
    if (url.pathname.endsWith('/free')) {
      const pc = /postcode:(\d{4}[A-Z]{0,2})(\*?)/.exec(fq);
      if (pc)
        docs = DOCS.filter(
          (d) => d.postcode && (pc[2] ? d.postcode.startsWith(pc[1]!) : d.postcode === pc[1]),
        );
    } else if (url.pathname.endsWith('/suggest')) {
      docs = DOCS.filter(
        (d) => d.type !== 'postcode' && d.woonplaatsnaam!.toLowerCase().startsWith(q),
      );
    }
    const rows = Number(url.searchParams.get('rows') ?? 10);
    res.writeHead(200, { 'Content-Type': 'application/json' }).end(
      JSON.stringify({
        response: { numFound: docs.length, start: 0, maxScore: 1, docs: docs.slice(0, rows) },
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  stub.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/bzk/locatieserver/search/v3_1`;
  stub.close = () => new Promise((resolve) => server.close(() => resolve()));
  return stub;
}
