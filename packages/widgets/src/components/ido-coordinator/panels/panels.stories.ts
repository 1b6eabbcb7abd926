import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { CoordinatorClient, type CoordinatorMe, type Editable, type Location } from '@idokit/sdk';
import { createFakeClient, fixtureFeed, fixtureNow } from '@idokit/sdk/testing';
import { html, type TemplateResult } from 'lit';
import './index.js';

/**
 * The coordinator's panels, each on its own as `<ido-coordinator>` shows it in a section. The
 * coordinator's API is answered by a made-up server in the page (a `fetch` given to the SDK's
 * `CoordinatorClient`, never the network), signed in as Voorbeeldbibliotheek Zwolle; the public
 * data (categories, geocoder) comes from the SDK's fake client. Switch the language in the toolbar.
 */

const ZWOLLE = 'Voorbeeldbibliotheek Zwolle';
const STAMP = '2026-11-18T09:00:00.000Z';

const me: CoordinatorMe = {
  keyId: 'ck_story',
  organisation: ZWOLLE,
  label: 'Coördinator Zwolle',
  mayImportCategories: false,
  municipalities: ['Zwolle'],
};

const locations: Editable<Location>[] = fixtureFeed.locations
  .filter((l) => l.organisation === ZWOLLE)
  .map((doc) => ({ etag: `"${doc.id}"`, doc }));

const partners = [
  {
    ...fixtureFeed.partners.find((p) => p.id === 'humanitas-thuisadministratie-zwolle')!,
    organisation: ZWOLLE,
    checkedOn: '2025-09-02',
    staffInstructions: 'Vul samen met de bewoner het aanmeldformulier in.',
  },
  {
    id: 'schuldhulp-zwolle',
    name: 'Schuldhulp Zwolle (voorbeeld)',
    kind: 'schuldhulp' as const,
    description: 'Gratis hulp als u schulden heeft of rekeningen niet kunt betalen.',
    staffInstructions: 'Bel het spreekuur; vraag naar de dienstdoende consulent.',
    themes: ['boetes-schulden'],
    municipalities: ['Zwolle'],
    contact: { phone: '038 000 00 00' },
    referral: [{ method: 'by-phone' as const, instructions: 'Bel samen met de bewoner.' }],
    organisation: ZWOLLE,
    checkedOn: '2026-10-01',
    updatedAt: STAMP,
  },
];

const address = locations[0]!.doc.address;
const outreach = [
  { id: 'buurthuis-de-kroon', date: '2026-11-25', name: 'Buurthuis De Kroon' },
  { id: 'weekmarkt', date: '2026-12-05', name: 'Weekmarkt Grote Markt' },
  { id: 'gezondheidscentrum', date: '2026-11-04', name: 'Gezondheidscentrum Oost' },
].map((s) => ({
  ...s,
  locationId: 'ido-zwolle-centrum',
  description: 'Vragen over toeslagen of DigiD? Loop binnen.',
  address,
  geo: { lat: 52.51, lon: 6.09 },
  time: { opens: '10:00', closes: '12:00' },
  updatedAt: STAMP,
}));

const desks = [
  {
    id: 'dev_1',
    label: 'Balie 1',
    locationId: 'ido-zwolle-centrum',
    createdAt: STAMP,
    lastUsedOn: '2026-11-17',
    revokedAt: null,
  },
  {
    id: 'dev_2',
    label: 'Laptop spreekuur',
    locationId: 'ido-zwolle-stadshagen',
    createdAt: STAMP,
    lastUsedOn: null,
    revokedAt: '2026-11-10T12:00:00.000Z',
  },
];

const reportKeys = [
  {
    id: 'rep_1',
    kind: 'municipality',
    name: 'Zwolle',
    label: 'Gemeente Zwolle',
    createdAt: STAMP,
    lastUsedOn: '2026-11-01',
    revokedAt: null,
  },
];

/** The made-up coordinator API: answers by path, as the server would. */
function storyFetch(): typeof fetch {
  const json = (body: unknown, status = 200) =>
    new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json', etag: '"story"' },
    });
  const items = (list: unknown[]) => json({ items: list.map((doc) => ({ etag: '"story"', doc })) });
  return async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const path = url.pathname.replace(/^.*\/v1\/coordinator\//, '');
    const method = (
      init?.method ?? (input instanceof Request ? input.method : 'GET')
    ).toUpperCase();
    const body = () => JSON.parse(String(init?.body ?? '{}')) as Record<string, unknown>;
    if (method === 'PUT') return json({ etag: '"saved"', doc: { ...body(), updatedAt: STAMP } });
    if (method === 'DELETE') return new Response(null, { status: 204 });
    switch (path) {
      case 'me':
        return json(me);
      case 'partners':
        return items(partners);
      case 'outreach':
        return items(outreach);
      case 'desks':
        return json({ items: desks });
      case 'report-keys':
        return json({ items: reportKeys });
      case 'desk-codes':
        return json(
          {
            code: 'K7QM-2XPD',
            locationId: body().locationId,
            label: body().label,
            expiresAt: '2026-11-25T09:00:00.000Z',
          },
          201,
        );
      case 'report-codes':
        return json(
          {
            code: 'R4TN-8WLC',
            kind: body().kind,
            name: body().name ?? ZWOLLE,
            expiresAt: '2026-11-25T09:00:00.000Z',
          },
          201,
        );
      case 'export/locations.csv':
      case 'export/partners.csv':
        return new Response(
          'id;name\nido-zwolle-centrum;IDO Voorbeeldbibliotheek Zwolle Centrum\n',
        );
      case 'export/hsds.json':
        return json({ organizations: [], services: [], locations: [] });
      case 'import/locations':
      case 'import/partners':
        return json({
          dryRun: body().dryRun === true,
          created: [],
          updated: [],
          errors: [
            { row: 3, column: 'postcode', message: 'Must be a Dutch postcode such as "3511 AB"' },
            { row: 5, column: 'phone', message: 'Must be a Dutch phone number' },
          ],
        });
      default:
        return json({ type: 'about:blank', title: 'Not found', status: 404 }, 404);
    }
  };
}

const client = new CoordinatorClient({
  baseUrl: 'https://ido.example/',
  token: `idokit_${'s'.repeat(40)}`,
  fetch: storyFetch(),
});
const publicClient = createFakeClient({ now: () => fixtureNow });

interface Args {
  mayImportCategories: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/ido-coordinator/panels',
  args: { mayImportCategories: false },
  parameters: { layout: 'padded' },
};
export default meta;
type Story = StoryObj<Args>;

const panel = (render: (who: CoordinatorMe) => TemplateResult) => (args: Args) =>
  html`<div style="max-inline-size: 60rem">
    ${render({ ...me, mayImportCategories: args.mayImportCategories })}
  </div>`;

/** Partners: one not checked for over six months (the reminder and its badge), one current. */
export const Partners: Story = {
  render: panel(
    (who) =>
      html`<ido-coordinator-partners
        .client=${client}
        .publicClient=${publicClient}
        .me=${who}
        .locations=${locations}
        .now=${fixtureNow}
      ></ido-coordinator-partners>`,
  ),
};

/** Outreach sessions: upcoming first, the past one greyed. */
export const Outreach: Story = {
  render: panel(
    (who) =>
      html`<ido-coordinator-outreach
        .client=${client}
        .publicClient=${publicClient}
        .me=${who}
        .locations=${locations}
        .now=${fixtureNow}
      ></ido-coordinator-outreach>`,
  ),
};

/** Desks (one active, one revoked) and a report key for the municipality. */
export const DesksAndReportKeys: Story = {
  render: panel(
    (who) =>
      html`<ido-coordinator-keys
        .client=${client}
        .me=${who}
        .locations=${locations}
        .now=${fixtureNow}
      ></ido-coordinator-keys>`,
  ),
};

/** The categories in force; with `mayImportCategories`, the import form. */
export const Categories: Story = {
  render: panel(
    (who) =>
      html`<ido-coordinator-categories
        .client=${client}
        .publicClient=${publicClient}
        .me=${who}
        .locations=${locations}
      ></ido-coordinator-categories>`,
  ),
};

/** The categories for a key that may import them. */
export const CategoriesWithImport: Story = { ...Categories, args: { mayImportCategories: true } };

/** CSV and HSDS export, and a CSV import (this made-up server finds two errors in any file). */
export const ImportAndExport: Story = {
  render: panel(
    (who) =>
      html`<ido-coordinator-exchange
        .client=${client}
        .me=${who}
        .locations=${locations}
        .now=${fixtureNow}
      ></ido-coordinator-exchange>`,
  ),
};
