/// <reference types="mocha" />
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { fixtureNow } from '@idokit/sdk/testing';
import { LitElement } from 'lit';
import { IdoElement } from './base/ido-element.js';
import { catalog, nl, type Strings } from './catalog.js';
import { defineIdoLocator, IdoLocator } from './components/ido-locator/ido-locator.js';
import type { LocatorStrings } from './components/ido-locator/strings.js';
import {
  defineIdoOpeningHours,
  IdoOpeningHours,
} from './components/ido-opening-hours/ido-opening-hours.js';
import {
  defineIdoPartnerList,
  IdoPartnerList,
} from './components/ido-partner-list/ido-partner-list.js';
import { IdoKit } from './context/idokit.js';
import { requiredKeys } from './controllers/locale-controller.js';
import { shippedLanguages } from './localization/languages/shipped.js';
import {
  addElementTexts,
  loadLanguage,
  missingStrings,
  registerLanguage,
  resolveStrings,
  setStrings,
  stringKeys,
} from './localization/registry.js';
import { sharedNl } from './localization/shared-strings.js';
import { addShippedLanguage as handOver } from './localization/string-calls.js';
import type { ElementTexts, SharedLanguagePack } from './localization/strings.js';
import { fixtureWithClient, settled } from './testing/index.js';

defineIdoLocator();
defineIdoOpeningHours();
defineIdoPartnerList();
// Every element's Dutch and English in the registry, as on a page that uses them all.
for (const { element } of catalog) if (element.texts) addElementTexts(element.texts);

/** A shipped language as the resident elements get it: its shared words, and each one's own text. */
interface ResidentPack {
  lang: string;
  review: SharedLanguagePack['review'];
  strings: SharedLanguagePack['strings'] & Record<string, unknown>;
}

const residentLanguages: ResidentPack[] = await Promise.all(
  Object.entries(shippedLanguages).map(async ([lang, load]) => {
    const shared = await load();
    const own = await Promise.all(
      [IdoLocator.texts, IdoOpeningHours.texts, IdoPartnerList.texts].map((texts) =>
        (texts as ElementTexts<object>).languages![lang]!(),
      ),
    );
    const strings = Object.assign({}, shared.strings, ...own.map((m) => m.strings));
    return { lang, review: shared.review, strings };
  }),
);
const locatorKeys = requiredKeys(IdoLocator)!;
const hoursKeys = requiredKeys(IdoOpeningHours)!;
const partnerKeys = requiredKeys(IdoPartnerList)!;

// The shipped languages load on first use; Polish and Ukrainian are left to load on demand (tested below).
before(() => Promise.all(['ar', 'tr'].map(loadLanguage)));

/** An element that shows only shared text, like a new element that declares its keys. */
class IdoSharedOnly extends IdoElement {
  static override requiredStrings = stringKeys(sharedNl);
  protected override render() {
    return html`<p>${this.t.retry}</p>`;
  }
}
customElements.define('ido-shared-only', IdoSharedOnly);

const clean = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Sample arguments for every parametrised string, by key. */
function callAll(table: Strings): string[] {
  const texts: string[] = [];
  const visit = (value: unknown, path: string) => {
    if (typeof value === 'string') texts.push(value);
    else if (typeof value === 'function' && /\.(closes|opens)$/.test(path)) {
      for (const days of [0, 1, 3, 9]) {
        const moment = { days, time: '17:00', dayName: 'DAY', date: 'DATE' };
        const out = (value as (m: typeof moment) => string)(moment);
        texts.push(out.includes('17:00') ? out : `EMPTY ${path}`);
      }
    } else if (typeof value === 'function') {
      for (const args of [[0], [1], [2], [3], [5], [11], [22], [101]] as unknown[][]) {
        // Every function accepts numbers or strings: numbers give counts, strings are inserted.
        const out = (value as (...a: unknown[]) => unknown)(...args, ...args, ...args);
        // A name given is shown as is ("Schuldhulp" as a list's label): a pass-through.
        if (out === args[0]) continue;
        if (typeof out !== 'string' || out.trim() === '') texts.push(`EMPTY ${path}`);
        else texts.push(out);
      }
      const words = (value as (...a: unknown[]) => unknown)('X', 'Y', 'Z');
      if (typeof words === 'string' && words.includes('undefined')) texts.push(`UNDEFINED ${path}`);
    } else if (Array.isArray(value)) value.forEach((v, i) => visit(v, `${path}[${i}]`));
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) visit(v, `${path}.${k}`);
    }
  };
  visit(table, '');
  return texts;
}

describe('language tables', () => {
  for (const pack of residentLanguages) {
    it(`${pack.lang}: complete for <ido-locator>, <ido-opening-hours> and <ido-partner-list>, every text non-empty`, () => {
      expect(missingStrings(pack.strings, locatorKeys)).to.deep.equal([]);
      expect(missingStrings(pack.strings, hoursKeys)).to.deep.equal([]);
      expect(missingStrings(pack.strings, partnerKeys)).to.deep.equal([]);
      const listLabel = (pack.strings as { partnerListLabel?: (g?: string) => string })
        .partnerListLabel;
      expect(listLabel?.(undefined), 'a list without groups has a name').to.match(/\S{4}/);
      const texts = callAll(pack.strings as unknown as Strings);
      expect(texts.filter((t) => t.startsWith('EMPTY') || t.startsWith('UNDEFINED'))).to.deep.equal(
        [],
      );
      // A translation, not a copy of the Dutch: at most a few shared words (Website, Contact).
      const dutch = new Set(callAll(nl));
      const copied = texts.filter((t) => dutch.has(t) && /[a-z]{4}/i.test(t));
      expect(copied.length, `copied from Dutch: ${[...new Set(copied)].join(' | ')}`).to.be.below(
        8,
      );
      expect(pack.review).to.equal('machine-checked draft');
    });
  }

  it('refuses an incomplete language file at typecheck time too', async () => {
    const { strings: trLocator } = await IdoLocator.texts.languages!.tr!();
    const { locatorMore: _dropped, ...incomplete } = trLocator;
    // @ts-expect-error -- `locatorMore` is missing: `pnpm typecheck` fails on a gap.
    const file: LocatorStrings = incomplete;
    const tr = residentLanguages.find((p) => p.lang === 'tr')!;
    const { locatorMore: _also, ...table } = { ...tr.strings, ...file };
    expect(missingStrings(table, locatorKeys)).to.deep.equal(['locatorMore']);
  });

  it('nl and en are complete for every key', () => {
    expect(missingStrings(nl)).to.deep.equal([]);
    expect(missingStrings(resolveStrings('en').strings)).to.deep.equal([]);
  });

  it('finds what a table lacks, nested tables included', () => {
    const { calendar, ...rest } = resolveStrings('tr').strings;
    expect(missingStrings(rest)).to.deep.equal(['calendar']);
    const holidays: Partial<Strings['calendar']['holidays']> = { ...calendar.holidays };
    delete holidays.kingsDay;
    expect(missingStrings({ ...rest, calendar: { ...calendar, holidays } as never })).to.deep.equal(
      ['calendar'],
    );
  });
});

describe('language registry', () => {
  afterEach(() => IdoKit.reset());

  it('shows Turkish on a Turkish page: status lines, weekdays, holidays and numbers', async () => {
    const el = await fixtureWithClient<IdoOpeningHours>(
      html`<ido-opening-hours
        location="ido-zwolle-centrum"
        show="library"
        now="2026-04-27T09:00:00Z"
      ></ido-opening-hours>`,
      { lang: 'tr' },
    );
    await settled(el);
    const root = el.shadowRoot!;
    expect(el.language).to.equal('tr');
    expect(el.locale).to.equal('tr');
    expect(clean(root.querySelector('[part~="status"]'))).to.equal(
      'Bugün kapalı (Kral Günü) · açılış: yarın 10:00',
    );
    const days = [...root.querySelectorAll('tbody th')].map((th) => clean(th).split(' ')[0]);
    expect(days.slice(0, 3)).to.deep.equal(['Pazartesi', 'Salı', 'Çarşamba']);
    expect(clean(root.querySelector('caption'))).to.equal('Kütüphane bu hafta');
    expect(root.querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('tr');
  });

  it('keeps a host registerLanguage over a shipped file that arrives later', async () => {
    registerLanguage({ lang: 'uk', dir: 'rtl', strings: { retry: 'host' } });
    await loadLanguage('uk');
    const uk = resolveStrings('uk', stringKeys(sharedNl));
    expect(uk.lang).to.equal('uk');
    expect(uk.strings.retry).to.equal('host');
    expect(uk.dir).to.equal('rtl');
    registerLanguage({ lang: 'uk', dir: 'ltr', strings: { retry: 'Спробувати ще раз' } });
  });

  it('counts an element text the CDN loader handed over as loaded: loadLanguage does not fetch it again', async () => {
    let fetched = 0;
    const texts = {
      nl: { handOverTest: 'nl' },
      en: { handOverTest: 'en' },
      languages: {
        pl: async () => {
          fetched++;
          return { strings: { handOverTest: 'pl (again)' } };
        },
      },
    } as unknown as ElementTexts<object>;
    // The loader fetched the element's Polish beside its chunk, before the element was defined.
    handOver({ lang: 'pl', strings: { handOverTest: 'pl' } }, 'ido-hand-over-test');
    addElementTexts(texts, 'ido-hand-over-test');
    await loadLanguage('pl');
    expect(fetched).to.equal(0);
    expect(
      (resolveStrings('pl', ['handOverTest']).strings as unknown as Record<string, unknown>)
        .handOverTest,
    ).to.equal('pl');
  });

  it('loads a shipped language the first time an element needs it, then speaks it', async () => {
    const el = await fixtureWithClient<IdoOpeningHours>(
      html`<ido-opening-hours location="ido-zwolle-centrum"></ido-opening-hours>`,
      { lang: 'pl', now: fixtureNow },
    );
    await waitUntil(() => el.language === 'pl', 'Polish never arrived');
    await settled(el);
    expect(el.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('pl');
  });

  it('speaks Dutch as a whole, Intl included, where a language has no full table', async () => {
    setStrings('ti', { retry: 'ደጊምካ ፈትን', loading: '…' });
    const root = await fixture<HTMLElement>(
      html`<div lang="ti">
        <ido-locator .now=${fixtureNow}></ido-locator>
        <ido-shared-only></ido-shared-only>
      </div>`,
    );
    const locator = root.querySelector<IdoLocator>('ido-locator')!;
    await locator.updateComplete;
    expect(locator.language).to.equal('nl');
    expect(locator.locale, 'no Tigrinya Intl names in Dutch text').to.equal('nl');
    expect(clean(locator.shadowRoot!.querySelector('label'))).to.equal('Postcode of woonplaats');
    const shared = root.querySelector<IdoSharedOnly>('ido-shared-only')!;
    expect(clean(shared.shadowRoot!.querySelector('p')), 'only two keys: still Dutch').to.equal(
      'Probeer opnieuw',
    );
  });

  it('uses a language a host completes with setStrings, per element it is complete for', async () => {
    const shared = Object.fromEntries(
      Object.entries(sharedNl).map(([k, v]) => [k, typeof v === 'string' ? `TI ${v}` : v]),
    );
    setStrings('ti', shared);
    const root = await fixture<HTMLElement>(
      html`<div lang="ti">
        <ido-locator .now=${fixtureNow}></ido-locator>
        <ido-shared-only></ido-shared-only>
      </div>`,
    );
    const only = root.querySelector<IdoSharedOnly>('ido-shared-only')!;
    await only.updateComplete;
    expect(clean(only.shadowRoot!.querySelector('p')), 'complete for its keys').to.equal(
      'TI Probeer opnieuw',
    );
    const locator = root.querySelector<IdoLocator>('ido-locator')!;
    expect(locator.language, 'the locator needs more than the shared text').to.equal('nl');
    expect(locator.t.retry).to.equal('Probeer opnieuw');
  });

  it('adds a whole language from one file with registerLanguage, elements on the page switch', async () => {
    const el = await fixtureWithClient<IdoOpeningHours>(
      html`<ido-opening-hours location="ido-zwolle-centrum"></ido-opening-hours>`,
      { lang: 'xx-test', now: fixtureNow },
    );
    await settled(el);
    expect(el.language).to.equal('nl');
    const tr = residentLanguages.find((p) => p.lang === 'tr')!;
    registerLanguage({
      lang: 'xx-test',
      dir: 'rtl',
      strings: { ...tr.strings, hoursToday: 'XX-Today' },
    });
    await el.updateComplete;
    expect(el.language).to.equal('xx-test');
    expect(clean(el.shadowRoot!.querySelector('.today-value'))).to.contain('XX-Today');
    expect(el.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('dir')).to.equal('rtl');
  });

  it('lets a host change status lines and holiday names in any language', async () => {
    setStrings('nl', {
      calendar: { open: 'Wij zijn open', holidays: { kingsDay: 'Koningsdag (bieb dicht)' } },
    });
    const el = await fixtureWithClient<IdoOpeningHours>(
      html`<ido-opening-hours
        location="ido-zwolle-centrum"
        show="library"
        compact
      ></ido-opening-hours>`,
      { now: new Date('2026-04-27T09:00:00Z') },
    );
    await settled(el);
    expect(clean(el.shadowRoot!.querySelector('[part~="status"]'))).to.equal(
      'Vandaag gesloten (Koningsdag (bieb dicht)) · morgen open vanaf 10:00',
    );
    el.now = fixtureNow;
    await el.updateComplete;
    expect(clean(el.shadowRoot!.querySelector('[part~="status"]'))).to.match(/^Wij zijn open · /);
  });

  it('keeps LitElement subclasses without requiredStrings working (all keys needed)', () => {
    expect((LitElement as { requiredStrings?: unknown }).requiredStrings).to.equal(undefined);
    // Without `requiredStrings` every key is needed: English has them all, Turkish (a table for
    // the resident elements only) does not, so such an element speaks Dutch on a Turkish page.
    expect(resolveStrings('en').lang).to.equal('en');
    expect(resolveStrings('tr').lang, 'tr lacks the staff elements’ keys').to.equal('nl');
    expect(resolveStrings('fr-BE').lang).to.equal('nl');
    expect(resolveStrings('en-GB').locale).to.equal('en-GB');
    expect(resolveStrings('ar', locatorKeys).locale).to.equal('ar-u-nu-latn');
  });
});
