import { CoordinatorClient, type AuditEntry, type Location } from '@idokit/sdk';
import { fixtureFeed } from '@idokit/sdk/testing';

/**
 * A coordinator client whose `fetch` answers from memory (the SDK's fixture locations of
 * Voorbeeldbibliotheek Utrecht and a short audit log), for stories: the network is never used.
 * With `conflict`, every save meets a newer version on the server (`412 edit-conflict`).
 * Test-only and story-only; the element's tests use the real server.
 */
export function fakeCoordinatorClient(
  api: string,
  options: { conflict?: boolean } = {},
): CoordinatorClient {
  const organisation = 'Voorbeeldbibliotheek Utrecht';
  const locations = new Map<string, Location>(
    fixtureFeed.locations.filter((l) => l.organisation === organisation).map((l) => [l.id, l]),
  );
  const etag = (doc: Location) => `"${doc.id}-${doc.updatedAt}"`;
  const audit: AuditEntry[] = [
    {
      id: 2,
      at: '2026-11-17T14:05:00Z',
      keyLabel: 'Coördinator Centrum',
      action: 'update',
      entity: 'location',
      entityId: 'ido-utrecht-centrum',
      summary: 'Gesloten op 2026-12-24 (Kerst)',
      undoable: true,
      undoneBy: null,
    },
    {
      id: 1,
      at: '2026-11-10T09:12:00Z',
      keyLabel: 'Coördinator Centrum',
      action: 'update',
      entity: 'location',
      entityId: 'ido-utrecht-kanaleneiland',
      summary: 'Openingstijden gewijzigd',
      undoable: false,
      undoneBy: null,
    },
  ];
  const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
    new Response(body === undefined ? null : JSON.stringify(body), {
      status,
      headers: { 'Content-Type': 'application/json', ...headers },
    });
  const problem = (status: number, type: string, extra: object = {}) =>
    new Response(JSON.stringify({ type: `https://idokit.nl/problems/${type}`, status, ...extra }), {
      status,
      headers: { 'Content-Type': 'application/problem+json' },
    });
  const fakeFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const path = new URL(request.url).pathname.replace(/^.*\/v1\/coordinator\//, '');
    const method = request.method.toUpperCase();
    if (path === 'sign-in')
      return json(201, {
        keyId: 'crd_story',
        token: `idokit_${'s'.repeat(43)}`,
        organisation,
        label: 'Coördinator Centrum',
        issuedAt: '2026-11-18T09:00:00.000Z',
      });
    if (path === 'me')
      return json(200, {
        keyId: 'crd_story',
        organisation,
        label: 'Coördinator Centrum',
        mayImportCategories: false,
        municipalities: ['Utrecht'],
      });
    if (path === 'sign-out') return json(204, undefined);
    if (path === 'locations')
      return json(200, { items: [...locations.values()].map((doc) => ({ etag: etag(doc), doc })) });
    if (path === 'audit') return json(200, { items: audit });
    const id = decodeURIComponent(path.replace(/^locations\//, ''));
    if (path.startsWith('locations/') && method === 'PUT') {
      const current = locations.get(id);
      if (options.conflict && current) {
        const theirs = {
          ...current,
          name: `${current.name} (bijgewerkt)`,
          updatedAt: '2026-11-18T09:20:00Z',
        };
        return problem(412, 'edit-conflict', { current: theirs, currentEtag: etag(theirs) });
      }
      const doc = { ...(await request.json()), updatedAt: new Date().toISOString() } as Location;
      locations.set(id, doc);
      return json(current ? 200 : 201, { etag: etag(doc), doc });
    }
    return problem(404, 'not-found');
  };
  return new CoordinatorClient({
    baseUrl: api,
    token: 'idokit_story',
    fetch: fakeFetch as typeof fetch,
  });
}
