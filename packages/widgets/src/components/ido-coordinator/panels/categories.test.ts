// The categories panel against the real coordinator server, signed in as Voorbeeldbibliotheek
// Zwolle: the categories in force with their Dutch and English names; without the right to import
// a sentence instead of the form (and the server refuses the import, 403); with it, a bad file's
// problems as the server names them, and nothing changes.
import { isIdoHttpError } from '@idokit/sdk';
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { expectAccessible, press } from '../../../testing/index.js';
import {
  $,
  button,
  signedIn,
  tabTo,
  text,
  waitUntil,
  type SignedIn,
} from '../../../testing/coordinator-panels.js';
import type { IdoCoordinatorCategories } from './index.js';
import './index.js';

async function mount(session: SignedIn): Promise<IdoCoordinatorCategories> {
  const el = await fixture<IdoCoordinatorCategories>(
    html`<ido-coordinator-categories
      lang="nl"
      api=${session.api}
      .client=${session.client}
      .me=${session.me}
      .locations=${session.locations}
    ></ido-coordinator-categories>`,
  );
  await waitUntil(() => $(el, 'details'), 'the categories load');
  return el;
}

/** Puts a file in a file input, as choosing it in the file dialog does. */
function choose(input: HTMLInputElement, content: string, name: string): void {
  const transfer = new DataTransfer();
  transfer.items.add(new File([content], name, { type: 'application/json' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('<ido-coordinator-categories>', () => {
  let plain: SignedIn;
  let importer: SignedIn;
  before(async function () {
    this.timeout(300_000); // the coordinator's server starts on first use
    plain = await signedIn();
    importer = await signedIn({ mayImportCategories: true, label: 'Coördinator categorieën' });
  });
  beforeEach(function () {
    this.currentTest?.timeout(60_000); // a real server on a shared machine
  });
  afterEach(() => fixtureCleanup());

  it('shows the categories in force, each list with its Dutch and English names', async () => {
    const el = await mount(plain);
    const version = (await (await fetch(`${plain.api}/v1/taxonomy`)).json()) as {
      version: string;
    };
    expect(text($(el, '[part~="base"]'))).to.include(`Versie ${version.version}`);
    const themes = [...el.shadowRoot!.querySelectorAll('details')].find((d) =>
      text(d.querySelector('summary')).startsWith('Onderwerpen'),
    )!;
    await tabTo(themes.querySelector('summary'));
    await press('Enter');
    expect(themes.open).to.equal(true);
    const toeslagen = [...themes.querySelectorAll('tbody tr')].find(
      (tr) => text(tr.querySelector('code')) === 'toeslagen',
    );
    expect(text(toeslagen?.querySelector('th'))).to.equal('Toeslagen');
    expect(text(toeslagen?.querySelector('td'))).to.equal('Allowances');
    await expectAccessible(el);
  });

  it('without the right, says who may import and offers no form; the server refuses anyway', async () => {
    const el = await mount(plain);
    expect(plain.me.mayImportCategories).to.equal(false);
    expect($(el, '[part~="import"]')).to.equal(null);
    expect(text($(el, '[part~="base"]'))).to.include(
      'De landelijke categorieën gelden voor de hele server, niet voor één organisatie.',
    );
    let refused: unknown;
    try {
      await plain.client.importCategories({ version: '2099-01' });
    } catch (error) {
      refused = error;
    }
    expect(isIdoHttpError(refused) && refused.status).to.equal(403);
  });

  it('with the right, shows the server’s problems with a bad file, and nothing changes', async () => {
    const el = await mount(importer);
    const before = text($(el, '[part~="base"] p strong'));
    const input = $<HTMLInputElement>(el, 'input[type=file]')!;
    choose(input, JSON.stringify({ version: '2099-01', validFrom: '2099-01-01' }), 'bad.json');
    await tabTo(button(el, 'Importeren'));
    await press('Enter');
    await waitUntil(() => text($(el, '[part~="result"]')).includes('problemen'), 'the problems');
    const result = $(el, '[part~="result"]')!;
    expect(text(result)).to.match(/De server heeft \d+ problemen gevonden. Er is niets veranderd/);
    expect(result.querySelectorAll('li').length).to.be.greaterThan(1);
    expect(text(result)).to.include('themes');
    await expectAccessible(el);

    choose(input, 'geen json', 'bad.json');
    button(el, 'Importeren')!.click();
    await waitUntil(() => text($(el, '[part~="result"]')).includes('geen JSON'), 'not JSON');
    expect(text($(el, '[part~="base"] p strong'))).to.equal(before);
  });

  it('fits 320 px', async () => {
    const el = await mount(importer);
    el.style.inlineSize = '320px';
    await el.updateComplete;
    expect($(el, '[part~="base"]')!.scrollWidth).to.be.at.most(320);
  });
});
