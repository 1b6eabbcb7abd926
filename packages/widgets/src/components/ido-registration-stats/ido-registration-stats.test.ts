/// <reference types="mocha" />
// <ido-registration-stats> against the real API server (Hono on PGlite, the fixture feed), started
// by the `ido-server` plugin of web-test-runner.config.mjs. The real server rather than the fake
// client: everything this element shows comes from staff calls with the device token (enrolment,
// counts, CSV, opening hours), and the protection of the counts (cell-key perturbation, the
// settle rule) is the server's. `before` registers known visits in March to June 2026 at
// Amsterdam Noord, a desk no other test file registers at. The server's secret is made at its
// first start, so the tests hold the element to what the API publishes (read here with the
// same token), and the published numbers to the true ones within the bound.
import { expect, fixture, fixtureCleanup, html, waitUntil as waitUntilFor } from '@open-wc/testing';
import {
  createIdoClient,
  IndexedDbOutboxStore,
  type Enrolment,
  type IdoClient,
  type QuestionRegistrationInput,
  type RegistrationStats,
  type StatsDimension,
} from '@idokit/sdk';
import { DeskSession } from '../../controllers/desk-session.js';
import {
  deepActiveElement,
  expectAccessible,
  expectFocusOn,
  idoServer,
  press,
  tab,
  typeText,
} from '../../testing/index.js';
import { defineIdoRegistrationStats, type IdoRegistrationStats } from './ido-registration-stats.js';

defineIdoRegistrationStats();

const HERE = 'ido-amsterdam-noord';
type Question = QuestionRegistrationInput['questions'][number];
const theme = (id: string): Question => ({ type: 'government', themes: [id], help: 'informed' });

/** `waitUntil` with room for a real server on a busy machine (the runner's default is 1 s). */
const waitUntil = (predicate: () => unknown, message: string) =>
  waitUntilFor(predicate, message, { interval: 50, timeout: 20_000 });

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const text = (node: Element | null | undefined) =>
  node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const summary = (el: IdoRegistrationStats) => text($(el, '[part~="summary"]'));
/** The section under the heading `title`. */
const section = (el: Element, title: string) =>
  [...el.shadowRoot!.querySelectorAll('section')].find(
    (s) => text(s.querySelector('h2, h3')) === title,
  );
/** A table's rows as the eye reads them: the label, then each count (the mark, not its words). */
const rows = (scope: Element | undefined) =>
  [...(scope?.querySelectorAll('tbody tr') ?? [])].map((tr) =>
    [text(tr.querySelector('th')), ...[...tr.querySelectorAll('td')].map(shown)].join(' | '),
  );
const shown = (td: Element) => text(td.querySelector('[aria-hidden="true"]') ?? td);

let api = '';
let origin = '';
let enrolment: Enrolment;
let desk: IdoClient;

/** What the server publishes for a period, read with the desk's token. */
const published = (period: string) => desk.getRegistrationStats({ period });
/** A published count is a number within 2 of the true one (0 stays 0). */
function near(count: unknown, exact: number): void {
  expect(typeof count, `${String(count)} for ${exact}`).to.equal('number');
  expect(Math.abs((count as number) - exact), `${String(count)} for ${exact}`).to.be.at.most(2);
}
const LABELS: Record<string, string> = {
  desk: 'Aan de balie',
  phone: 'Telefoon',
  email: 'E-mail',
  toeslagen: 'Toeslagen',
  belastingen: 'Belastingen',
  zorg: 'Zorg',
};
/** The rows a table should show for a published breakdown, in the server's order. */
const expectedRows = (stats: RegistrationStats, dim: StatsDimension) =>
  (stats.breakdown[dim] ?? []).map((c) => `${LABELS[c.key] ?? c.key} | ${c.count}`);
/** Today in the Netherlands, YYYY-MM-DD. */
const today = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
const NOISE_SENTENCE =
  'Alle aantallen kunnen 1 of 2 afwijken van de echte telling, zodat niemand een bezoeker kan herkennen.';
const PARTS_SENTENCE = 'Daarom tellen de delen niet altijd precies op tot het totaal.';

function visit(
  date: string,
  channel: 'desk' | 'phone' | 'email',
  ...questions: Question[]
): QuestionRegistrationInput {
  const id = crypto.randomUUID();
  return { id, locationId: HERE, date, hour: 11, channel, durationMinutes: 10, questions };
}

/** Signs this device in as the desk, as an earlier enrolment left it in `localStorage`. */
function signIn(): void {
  localStorage.setItem(`idokit:staff-session:${origin}`, JSON.stringify({ enrolment }));
}

async function mount(attrs: { period?: string; view?: string } = {}) {
  const el = await fixture<IdoRegistrationStats>(
    html`<ido-registration-stats
      api=${api}
      period=${attrs.period ?? '2026-03'}
      view=${attrs.view ?? 'stats'}
    ></ido-registration-stats>`,
  );
  await el.updateComplete;
  return el;
}

/** Tabs from the start of the page until `target` has focus (at most 15 presses). */
async function tabTo(target: () => Element | null | undefined): Promise<void> {
  (document.activeElement as HTMLElement | null)?.blur();
  for (let i = 0; i < 15 && deepActiveElement() !== target(); i++) await tab();
  expectFocusOn(target(), 'tabbing');
}

before(async function () {
  this.timeout(300_000); // the server (PGlite) starts on first use
  api = await idoServer.url();
  origin = new URL(api).origin;
  const anonymous = createIdoClient({ baseUrl: api, retry: 0 });
  enrolment = await anonymous.enrol(await idoServer.enrolmentCode(HERE));
  desk = createIdoClient({ baseUrl: api, token: enrolment.token, retry: 0 });
  // March 2026: 12 visits, 15 questions. At the desk 9 (toeslagen); by phone 2 and by e-mail 1,
  // each with a second question (belastingen twice, zorg once): small cells, published perturbed.
  const march = [
    ...Array.from({ length: 9 }, (_, i) => visit(`2026-03-${10 + i}`, 'desk', theme('toeslagen'))),
    ...[1, 2].map((d) => visit(`2026-03-0${d}`, 'phone', theme('toeslagen'), theme('belastingen'))),
    visit('2026-03-03', 'email', theme('toeslagen'), theme('zorg')),
  ];
  // April 2026: 5 desk visits about toeslagen.
  const april = Array.from({ length: 5 }, (_, i) =>
    visit(`2026-04-0${i + 1}`, 'desk', theme('toeslagen')),
  );
  // May 2026 is quiet (2 visits), June busy (14): May's headline is shown all the same.
  const may = [
    visit('2026-05-12', 'desk', theme('zorg')),
    visit('2026-05-13', 'phone', theme('zorg')),
  ];
  const june = Array.from({ length: 14 }, (_, i) =>
    visit(`2026-06-${String(i + 1).padStart(2, '0')}`, 'desk', theme('toeslagen')),
  );
  // Q3 2026 against Q3 2025, with what the desk collects: referrals to a partner, a reason a
  // visitor could not be helped, the hour (evenings) and outreach sessions.
  const referred = (partnerId: string): Question => ({
    type: 'government',
    themes: ['toeslagen'],
    help: 'referred',
    referral: { partnerId, warm: true },
  });
  const q3 = [
    ...Array.from({ length: 12 }, (_, i) =>
      visit(
        `2026-07-${String(6 + i).padStart(2, '0')}`,
        'desk',
        referred('formulierenbrigade-amsterdam'),
      ),
    ),
    ...Array.from({ length: 8 }, (_, i) => ({
      ...visit(`2026-08-${String(3 + i).padStart(2, '0')}`, 'desk', {
        type: 'government' as const,
        themes: ['digid-mijnoverheid'],
        help: 'not-helped' as const,
        notHelpedReason: 'needs-digid-login',
        followUp: { digid: 'yes-not-working' },
      }),
      hour: 19,
    })),
    ...Array.from({ length: 10 }, (_, i) => ({
      ...visit(`2026-09-${String(1 + i).padStart(2, '0')}`, 'desk', theme('toeslagen')),
      outreach: { name: 'Buurthuis De Kroon' },
    })),
  ];
  const q3LastYear = Array.from({ length: 24 }, (_, i) =>
    visit(`2025-07-${String(1 + i).padStart(2, '0')}`, 'desk', theme('toeslagen')),
  );
  for (const reg of [...march, ...april, ...may, ...june, ...q3, ...q3LastYear])
    await desk.submitRegistration(reg);
});

afterEach(async () => {
  fixtureCleanup();
  DeskSession.endAll();
  localStorage.clear();
  const store = new IndexedDbOutboxStore({ dbName: `idokit-outbox ${origin}` });
  for (const entry of await store.list()) await store.delete(entry.id);
});

describe('<ido-registration-stats>', function () {
  // Real server calls on a busy machine need the room.
  this.timeout(30_000);

  it('asks a device that is not signed in for a code, and refuses a wrong one beside the field', async () => {
    const el = await mount();
    const input = $<HTMLInputElement>(el, 'input[name="code"]')!;
    expect(text($(el, 'h2'))).to.equal('Dit apparaat aanmelden');
    expect(text($(el, `label[for="${input.id}"]`))).to.equal('Code');
    const submit = $<HTMLButtonElement>(el, 'form button[type="submit"]')!;
    expect(text(submit)).to.equal('Aanmelden');
    expect(!!$(el, '[part~="summary"]'), 'no counts before enrolment').to.equal(false);
    expect(el.matches(':state(enrolled)')).to.equal(false);
    expect(input.getAttribute('aria-invalid')).to.equal('false');
    await expectAccessible(el);

    // By keyboard only: Tab into the field, type a code that was never issued, Enter.
    await tabTo(() => input);
    await typeText('AAAA-BBBB');
    await press('Enter');
    await waitUntil(() => $(el, '[role="alert"]'), 'no error for a wrong code');
    const error = $(el, '[role="alert"]')!;
    expect(text(error)).to.contain('Deze code of sleutel klopt niet');
    // Compared as a boolean: a failing equality of DOM nodes hangs the runner (see keyboard.ts).
    expect(input.nextElementSibling === error, 'the error is right below the field').to.equal(true);
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.equal(error.id);
    expectFocusOn(input, 'after a refused code');
    expect(localStorage.getItem(`idokit:staff-session:${origin}`)).to.equal(null);
    await expectAccessible(el);
  });

  // Before enrolment nothing loads: a page that styles `:state(error)` must not show the plain
  // enrolment form as a failure.
  it('is not in the error state while it asks for a code', async () => {
    const el = await mount();
    await new Promise((resolve) => setTimeout(resolve, 200));
    await el.updateComplete;
    expect(!!$(el, 'input[name="code"]'), 'the code field').to.equal(true);
    expect(el.matches(':state(error)')).to.equal(false);
    expect(el.matches(':state(signed-out)')).to.equal(true);
  });

  // Signed out (never enrolled, the token refused, or signed out on this page) is a state of its
  // own: the element asks for a code, which a page must be able to tell from a failed load.
  it('is signed-out, not in the error state, when the server refuses a stored token', async () => {
    localStorage.setItem(
      `idokit:staff-session:${origin}`,
      JSON.stringify({ enrolment: { ...enrolment, token: 'ido_dev_refused-token' } }),
    );
    const el = await mount();
    await waitUntil(() => $(el, 'input[name="code"]'), 'the code field did not come back');
    await el.updateComplete;
    expect(text($(el, '[role="alert"]'))).to.equal(el.t.statsRevoked);
    expect(el.matches(':state(signed-out)'), 'signed-out').to.equal(true);
    expect(el.matches(':state(error)'), 'not error').to.equal(false);
    expect(el.matches(':state(enrolled)')).to.equal(false);
  });

  it("shows a desk's month: every count a number as published, with the one-sentence explanations", async () => {
    signIn();
    const march = await published('2026-03');
    near(march.visits, 12);
    near(march.questions, 15);
    expect(march.settled).to.equal(true);
    const el = await mount({ period: '2026-03' });
    await waitUntil(() => summary(el), 'the counts did not appear');
    expect(summary(el)).to.equal(`maart 2026: ${march.visits} bezoeken, ${march.questions} vragen`);
    expect(text($(el, 'h2'))).to.equal('Statistieken van IDO Voorbeeldbibliotheek Amsterdam Noord');
    expect(el.matches(':state(enrolled)')).to.equal(true);

    // Phone (2) and e-mail (1) are small: shown as numbers near them (or left out at 0).
    const channel = section(el, 'Contact via');
    expect(rows(channel)).to.deep.equal(expectedRows(march, 'channel'));
    const channels = new Map(march.breakdown.channel.map((c) => [c.key, c.count]));
    near(channels.get('desk'), 9);
    near(channels.get('phone') ?? 0, 2);
    near(channels.get('email') ?? 0, 1);
    expect(channel!.querySelector('svg')!.getAttribute('aria-label')).to.equal(
      `Staafdiagram: Contact via. ${march.breakdown.channel
        .map((c) => `${LABELS[c.key]}: ${c.count}`)
        .join('; ')}`,
    );
    const themes = section(el, 'Thema');
    expect(rows(themes)).to.deep.equal(expectedRows(march, 'theme'));
    const chartText = [...themes!.querySelectorAll('svg text')].map((t) => text(t));
    expect(chartText).to.deep.equal(
      march.breakdown.theme.flatMap((c) => [LABELS[c.key], String(c.count)]),
    );
    // Every shown count is a number with a bar; no "<5" or "x" anywhere.
    const bars = [...themes!.querySelectorAll('rect')].map((r) => Number(r.getAttribute('width')));
    expect(bars.every((w) => w > 0)).to.equal(true);
    expect(text($(el, '[part~="base"]') ?? el.shadowRoot!.firstElementChild)).not.to.match(
      /<5|\bx\b|verborgen/,
    );
    const legend = $(el, '[part~="legend"]')!;
    expect(text(legend.querySelector('h3'))).to.equal('Over deze aantallen');
    expect([...legend.querySelectorAll('p')].map((p) => text(p))).to.deep.equal([
      NOISE_SENTENCE,
      PARTS_SENTENCE,
    ]);
    await expectAccessible(el);
  });

  it('shows the headline of a quiet month beside a busy one', async () => {
    signIn();
    const quarter = await published('2026-Q2');
    const [, may, june] = quarter.periods;
    near(may!.visits, 2);
    near(june!.visits, 14);
    const el = await mount({ period: '2026-Q2' });
    await waitUntil(() => summary(el), 'the counts did not appear');
    expect(rows(section(el, 'Per maand (bezoeken)'))).to.deep.equal(
      quarter.periods.map((p, i) => `${['april', 'mei', 'juni'][i]} 2026 | ${p.visits}`),
    );
    // The month on its own: the same records, the same number, never hidden.
    const month = await mount({ period: '2026-05' });
    await waitUntil(() => summary(month), 'the counts did not appear');
    expect(summary(month)).to.equal(`mei 2026: ${may!.visits} bezoeken, ${may!.questions} vragen`);
  });

  it('says in one sentence that the breakdown follows once the period has settled', async () => {
    signIn();
    const date = today();
    // Three visits: published as 1 to 5 (one could be published as 0, which reads as empty).
    for (let i = 0; i < 3; i++) await desk.submitRegistration(visit(date, 'desk', theme('wonen')));
    const period = date.slice(0, 7);
    const open = await published(period);
    expect(open.settled).to.equal(false);
    const el = await mount({ period });
    await waitUntil(() => summary(el), 'the counts did not appear');
    expect(summary(el)).to.match(
      new RegExp(`: ${open.visits} bezoeken, ${open.questions} vragen$`),
    );
    const sentences = [...$(el, '[part~="legend"]')!.querySelectorAll('p')].map((p) => text(p));
    expect(sentences.slice(0, 2)).to.deep.equal([NOISE_SENTENCE, PARTS_SENTENCE]);
    expect(sentences[2]).to.match(
      /^De verdeling per onderwerp ziet u vanaf .+: tot 14 dagen na afloop kunnen er nog bezoeken bij komen\.$/,
    );
    expect(section(el, 'Thema'), 'no breakdown before the period has settled').to.equal(undefined);
    await expectAccessible(el);
  });

  it('counts a registration made at the same desk on the page, without a reload', async () => {
    signIn();
    const before = await published('2026-04');
    near(before.visits, 5);
    const el = await mount({ period: '2026-04' });
    await waitUntil(() => summary(el), 'the counts did not appear');
    expect(summary(el)).to.equal(
      `april 2026: ${before.visits} bezoeken, ${before.questions} vragen`,
    );
    expect(rows(section(el, 'Thema'))).to.deep.equal(expectedRows(before, 'theme'));

    // The page's desk session for this API (the one a question form beside it would use).
    const session = DeskSession.for({ origin, apiUrl: new URL(api, document.baseURI).href });
    session.openOutbox();
    await session.register(visit('2026-04-20', 'desk', theme('toeslagen')));
    await waitUntil(
      async () => (await idoServer.visits(HERE, '2026-04-01', '2026-04-30')) === 6,
      'the visit was not stored',
    );
    const after = await published('2026-04');
    near(after.visits, 6);
    await waitUntil(
      () => summary(el) === `april 2026: ${after.visits} bezoeken, ${after.questions} vragen`,
      'the counts did not follow the server',
    );
    expect(rows(section(el, 'Thema'))).to.deep.equal(expectedRows(after, 'theme'));
    expect(rows(section(el, 'Contact via'))).to.deep.equal(expectedRows(after, 'channel'));
  });

  it('offers the CSV by keyboard, with the counts of the period shown', async () => {
    signIn();
    const el = await mount({ period: '2026-03' });
    await waitUntil(() => summary(el), 'the counts did not appear');
    const csv = () =>
      [...el.shadowRoot!.querySelectorAll('button')].find((b) =>
        text(b).startsWith('Download CSV'),
      );
    expect(text(csv())).to.equal('Download CSV (landelijk formulier)');
    await tabTo(csv);
    // Catch the download link instead of letting the browser save the file.
    let saved: { href: string; download: string } | undefined;
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      saved = { href: this.href, download: this.download };
    };
    try {
      await press('Enter');
      await waitUntil(() => saved, 'no file was offered');
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(saved!.download).to.equal('ido-amsterdam-noord-2026-03.csv');
    // The bytes as saved: a UTF-8 byte-order mark, then `;`-separated Dutch, names beside ids.
    const bytes = new Uint8Array(await (await fetch(saved!.href)).arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).split('\r\n');
    expect(lines[0]).to.equal(
      'periode;locatie;locatienaam;onderdeel;categorie;categorienaam;aantal',
    );
    // The CSV carries the published (perturbed) numbers, the same as the element shows.
    const march = await published('2026-03');
    expect(lines).to.include(
      `2026-03;${HERE};IDO Voorbeeldbibliotheek Amsterdam Noord;visits;total;Aantal bezoeken;${march.visits}`,
    );
    const phone = march.breakdown.channel.find((c) => c.key === 'phone')?.count ?? 0;
    expect(lines.filter((l) => l.includes(';channel;phone;'))[0]).to.match(
      new RegExp(`;${phone}$`),
    );
    await waitUntil(
      () => text($(el, '.ido-visually-hidden[role="status"]')).includes('is gedownload'),
      'the download was not announced',
    );
    expect(text($(el, '.ido-visually-hidden[role="status"]'))).to.equal(
      'Het bestand ido-amsterdam-noord-2026-03.csv is gedownload.',
    );
  });

  it('renders the printable report of a quarter with its totals (view="report")', async () => {
    signIn();
    const q1 = await published('2026-Q1');
    const march = q1.periods[2]!;
    const el = await mount({ period: '2026-Q1', view: 'report' });
    await waitUntil(() => $(el, '[part~="report"]'), 'the report did not appear');
    const report = $(el, '[part~="report"]')!;
    expect(el.matches(':state(report)')).to.equal(true);
    expect(text(report.querySelector('h1'))).to.equal(
      'Verantwoording Informatiepunt Digitale Overheid',
    );
    expect(text(report.querySelector('.meta'))).to.contain(
      'IDO Voorbeeldbibliotheek Amsterdam Noord, 1e kwartaal 2026.',
    );
    // The report carries the published numbers: January and February had none, so the
    // quarter is March's records and gets March's numbers.
    expect([q1.visits, q1.questions]).to.deep.equal([march.visits, march.questions]);
    expect(text(report.querySelector('.summary'))).to.contain(
      `In deze periode kwamen ${q1.visits} bezoekers met in totaal ${q1.questions} vragen`,
    );
    expect(rows(section(el, 'Per maand'))).to.deep.equal([
      'januari 2026 | 0 | 0',
      'februari 2026 | 0 | 0',
      `maart 2026 | ${march.visits} | ${march.questions}`,
    ]);
    expect(rows(section(el, 'Contact via'))).to.deep.equal(expectedRows(q1, 'channel'));
    expect(text(report.querySelector('[part~="legend"]'))).to.contain(NOISE_SENTENCE);
    expect(text(section(el, 'Openingstijden in deze periode'))).to.match(
      /Spreekuur Informatiepunt: \d+ uur open, verdeeld over \d+ dagen\./,
    );
    await expectAccessible(el);
  });

  it('counts what the desk collects: partners, reasons, busy times, outreach, and last year', async () => {
    signIn();
    const q3 = await published('2026-Q3');
    const cell = (dim: StatsDimension, key: string) =>
      (q3.breakdown[dim] ?? []).find((c) => c.key === key)?.count ?? 0;
    near(cell('referralPartner', 'formulierenbrigade-amsterdam'), 12);
    near(cell('notHelpedReason', 'needs-digid-login'), 8);
    near(cell('followUp', 'digid:yes-not-working'), 8);
    near(cell('place', 'outreach'), 10);
    near(cell('timeOfDay', 'mon-evening'), 2); // 3 and 10 August 2026 were Mondays
    expect(q3.lastYear?.period).to.equal('2025-Q3');
    near(q3.lastYear?.visits, 24);
    const el = await mount({ period: '2026-Q3' });
    await waitUntil(() => summary(el), 'the counts did not appear');

    expect(rows(section(el, 'Doorverwezen naar partner'))).to.deep.equal(
      (q3.breakdown.referralPartner ?? []).map((c) => `Formulierenbrigade Amsterdam | ${c.count}`),
    );
    expect(rows(section(el, 'Niet geholpen, omdat'))).to.deep.equal(
      (q3.breakdown.notHelpedReason ?? []).map((c) => `Inloggen met DigiD nodig | ${c.count}`),
    );
    expect(rows(section(el, 'Vervolgvragen'))).to.deep.equal(
      (q3.breakdown.followUp ?? []).map(
        (c) => `Heeft de bezoeker een DigiD? Ja, maar het werkt niet | ${c.count}`,
      ),
    );
    const places: Record<string, string> = {
      library: 'In de bibliotheek',
      outreach: 'Op een spreekuur elders',
    };
    expect(rows(section(el, 'Waar geholpen'))).to.deep.equal(
      (q3.breakdown.place ?? []).map((c) => `${places[c.key]} | ${c.count}`),
    );
    // Busy times: weekdays by parts of the day, as published; the busiest cell in bold.
    const busy = $(el, '[part~="busy-times"]')!;
    expect(text(busy.querySelector('h3'))).to.equal('Drukke momenten (bezoeken per dagdeel)');
    expect([...busy.querySelectorAll('thead th')].map(text)).to.deep.equal([
      'Dag',
      'Ochtend',
      'Middag',
      'Avond',
    ]);
    const monday = rows(busy).find((r) => r.startsWith('maandag'));
    const busyCell = (key: string) => String(cell('timeOfDay', key));
    expect(monday).to.equal(
      `maandag | ${busyCell('mon-morning')} | ${busyCell('mon-afternoon')} | ${busyCell('mon-evening')}`,
    );
    // Last year beside this year, in words.
    const lastYear = text($(el, '[part~="last-year"]'));
    expect(lastYear).to.contain(
      `Een jaar eerder (3e kwartaal 2025): ${q3.lastYear!.visits} bezoeken, ${q3.lastYear!.questions} vragen.`,
    );
    expect(lastYear).to.match(/(meer|minder|Evenveel) vragen/);
    await expectAccessible(el);
  });

  it('the report names last year and the trend in one sentence, and lists the new counts', async () => {
    signIn();
    const q3 = await published('2026-Q3');
    const el = await mount({ period: '2026-Q3', view: 'report' });
    await waitUntil(() => $(el, '[part~="report"]'), 'the report did not appear');
    const report = $(el, '[part~="report"]')!;
    const summaryText = text(report.querySelector('.summary'));
    expect(summaryText).to.contain(
      `Een jaar eerder (3e kwartaal 2025): ${q3.lastYear!.visits} bezoeken`,
    );
    // Questions: about 30 now against about 24 then; the change in whole percent.
    const percent = Math.round(
      (((q3.questions as number) - (q3.lastYear!.questions as number)) /
        (q3.lastYear!.questions as number)) *
        100,
    );
    const words =
      percent > 0 ? `${percent} % meer` : percent < 0 ? `${-percent} % minder` : 'evenveel';
    expect(summaryText).to.contain(words);
    expect(text(section(el, 'Doorverwezen naar partner'))).to.contain(
      'Formulierenbrigade Amsterdam',
    );
    expect(!!report.querySelector('[part~="busy-times"]'), 'busy times in the report').to.equal(
      true,
    );
    await expectAccessible(el);
  });
});
