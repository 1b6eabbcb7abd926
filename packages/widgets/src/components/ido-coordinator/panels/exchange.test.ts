// The import and export panel against the real coordinator server, signed in as
// Voorbeeldbibliotheek Zwolle: CSV and HSDS downloads with good file names, a CSV dry run whose
// errors are listed by row and column (nothing imported), and a good file imported after its
// dry run.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { expectAccessible, press } from '../../../testing/index.js';
import {
  $,
  button,
  signedIn,
  tabTo,
  text,
  today,
  waitUntil,
  type SignedIn,
} from '../../../testing/coordinator-panels.js';
import type { IdoCoordinatorExchange } from './index.js';
import './index.js';

let session: SignedIn;

async function mount(): Promise<IdoCoordinatorExchange> {
  return fixture<IdoCoordinatorExchange>(
    html`<ido-coordinator-exchange
      lang="nl"
      api=${session.api}
      .client=${session.client}
      .me=${session.me}
      .locations=${session.locations}
    ></ido-coordinator-exchange>`,
  );
}

/** Catches the next download the page starts: its file name and content. */
function nextDownload(): Promise<{ name: string; text: string }> {
  return new Promise((resolve) => {
    const listener = (event: Event) => {
      const link = event.composedPath()[0];
      if (!(link instanceof HTMLAnchorElement) || !link.download) return;
      event.preventDefault();
      document.removeEventListener('click', listener, true);
      // The blob URL is read at once, before the panel revokes it.
      void fetch(link.href)
        .then((r) => r.text())
        .then((content) => resolve({ name: link.download, text: content }));
    };
    document.addEventListener('click', listener, true);
  });
}

function choose(el: Element, content: string, kind: 'locations' | 'partners'): void {
  const input = $<HTMLInputElement>(el, 'input[type=file]')!;
  const transfer = new DataTransfer();
  transfer.items.add(new File([content], `${kind}.csv`, { type: 'text/csv' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  const radio = $<HTMLInputElement>(el, `input[type=radio][value=${kind}]`)!;
  radio.checked = true;
}

describe('<ido-coordinator-exchange>', () => {
  before(async function () {
    this.timeout(300_000); // the coordinator's server starts on first use
    session = await signedIn();
  });
  beforeEach(function () {
    this.currentTest?.timeout(60_000); // a real server on a shared machine
  });
  afterEach(() => fixtureCleanup());

  it('downloads the locations as CSV and the HSDS 3 export as JSON, with good file names', async () => {
    const el = await mount();
    await expectAccessible(el);
    let download = nextDownload();
    await tabTo(button(el, 'Locaties downloaden (CSV)'));
    await press('Enter');
    const csv = await download;
    expect(csv.name).to.equal(`ido-locaties-voorbeeldbibliotheek-zwolle-${today()}.csv`);
    expect(csv.text).to.include('ido-zwolle-centrum');
    expect(csv.text).not.to.include('ido-utrecht');

    download = nextDownload();
    await tabTo(button(el, 'Sociale kaart downloaden (HSDS 3, JSON)'));
    await press('Enter');
    const hsds = await download;
    expect(hsds.name).to.equal(
      `ido-sociale-kaart-hsds-voorbeeldbibliotheek-zwolle-${today()}.json`,
    );
    expect(JSON.stringify(JSON.parse(hsds.text))).to.include('Zwolle');
    expect(text($(el, '[role="status"]'))).to.include('is gedownload');
  });

  it('checks a CSV file first and lists its errors by row and column; nothing is imported', async () => {
    const el = await mount();
    const good = await session.client.exportCsv('locations');
    const lines = good.split(/\r?\n/);
    // The second data row gets a postcode that is none.
    lines[2] = lines[2]!.replace(/8043 PB|8011 NH/, '80X3 QQ');
    choose(el, lines.join('\n'), 'locations');
    await tabTo(button(el, 'Controleren'));
    await press('Enter');
    await waitUntil(() => $(el, '[part~="errors"]'), 'the errors show');
    const rows = [...$(el, '[part~="errors"]')!.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.children].map((c) => text(c)),
    );
    expect(rows.length).to.be.greaterThan(0);
    expect(rows[0]![0]).to.match(/^\d+$/);
    expect(rows.some((r) => /postcode/i.test(r[1]!))).to.equal(true);
    expect(text($(el, '[part~="base"]'))).to.include('Er is niets geïmporteerd');
    expect(button(el, 'Importeren')).to.equal(undefined);
    await expectAccessible(el);
  });

  it('imports a good file after its dry run', async () => {
    const el = await mount();
    const changes: string[] = [];
    el.addEventListener('ido-coordinator-change', (e) => changes.push(e.detail.entity));
    choose(el, await session.client.exportCsv('locations'), 'locations');
    button(el, 'Controleren')!.click();
    await waitUntil(() => button(el, 'Importeren'), 'the dry run passes');
    expect(text($(el, '[part~="base"]'))).to.include('Het bestand is in orde');
    await tabTo(button(el, 'Importeren'));
    await press('Enter');
    await waitUntil(() => text($(el, '[part~="base"]')).includes('Geïmporteerd:'), 'imported');
    expect(changes).to.deep.equal(['import']);
  });

  it('fits 320 px', async () => {
    const el = await mount();
    el.style.inlineSize = '320px';
    await el.updateComplete;
    expect($(el, '[part~="base"]')!.scrollWidth).to.be.at.most(320);
  });
});
