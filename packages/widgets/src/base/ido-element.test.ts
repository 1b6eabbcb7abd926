/// <reference types="mocha" />
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { IdoNetworkError, type Location } from '@idokit/sdk';
import { createFakeClient } from '@idokit/sdk/testing';
import { property } from 'lit/decorators.js';
import { dataTask } from '../controllers/data-controller.js';
import { IdoKit } from '../context/idokit.js';
import { defineIdoProvider } from '../components/ido-provider/ido-provider.js';
import { IdoLocationSelectEvent } from '../events/ido-location-select.js';
import type { IdoErrorEvent } from '../events/ido-error.js';
import { resolveLang } from '../localization/resolve-lang.js';
import { fixtureWithClient, settled } from '../testing/index.js';
import { IdoElement } from './ido-element.js';

/** The smallest real element: loads one location and shows its name, a status and a button. */
class IdoTestElement extends IdoElement {
  @property() location = 'ido-utrecht-centrum';

  readonly data = dataTask(this, {
    args: () => [this.location] as const,
    task: ([id], { client, signal }) => client.getLocation(id, { signal }),
  });

  select(): void {
    this.emit(new IdoLocationSelectEvent({ location: this.data.value as Location }));
  }

  protected override render() {
    return html`<p class="retry-label">${this.t.retry}</p>
      ${this.data.render({
        pending: () => this.renderLoading(),
        error: (error) => this.renderError(error, () => void this.data.run()),
        complete: (location) =>
          html`<h2>${location.name}</h2>
            <button class="ido-button" @click=${this.select}>${this.t.close}</button>`,
      })}`;
  }
}
customElements.define('ido-test-element', IdoTestElement);
defineIdoProvider();

const text = (el: IdoElement, selector: string) =>
  el.shadowRoot!.querySelector(selector)?.textContent?.trim();

afterEach(() => {
  IdoKit.reset();
  document.documentElement.removeAttribute('lang');
});

describe('IdoElement: where the client comes from', () => {
  it('loads through the client of the enclosing provider', async () => {
    const client = createFakeClient();
    const el = await fixtureWithClient<IdoTestElement>(
      html`<ido-test-element></ido-test-element>`,
      {
        client,
      },
    );
    await settled(el);
    expect(text(el, 'h2')).to.equal('IDO Voorbeeldbibliotheek Utrecht Centrum');
    expect(client.calls.map((c) => c.method)).to.deep.equal(['getLocation']);
  });

  it('loads a real feed given as its own feed attribute, one shared client per URL', async () => {
    const url = '/packages/sdk/data/sample-feed.json';
    const feed = await (await fetch(url)).json();
    const first = feed.locations[0];
    const parent = await fixture<HTMLElement>(
      html`<div>
        <ido-test-element feed=${url} location=${first.id}></ido-test-element>
        <ido-test-element feed="/packages/sdk/data/../data/sample-feed.json"></ido-test-element>
      </div>`,
    );
    const [a, b] = parent.querySelectorAll<IdoTestElement>('ido-test-element');
    await settled(a!);
    expect(text(a!, 'h2')).to.equal(first.name);
    expect(a!.resolvedClient).to.equal(b!.resolvedClient);
    expect(a!.resolvedClient!.mode).to.equal('feed');
  });

  it('uses IdoKit.configure() when it has nothing closer, and picks up a later call', async () => {
    const first = createFakeClient();
    IdoKit.configure({ client: first });
    const el = await fixture<IdoTestElement>(html`<ido-test-element></ido-test-element>`);
    await settled(el);
    expect(el.resolvedClient).to.equal(first);

    const second = createFakeClient({ delayMs: 50 });
    IdoKit.configure({ client: second });
    await el.updateComplete;
    expect(el.hasState('loading')).to.equal(true);
    await settled(el);
    expect(second.calls).to.have.length(1);
  });

  it('prefers its own attribute or client, then the provider, then the page configuration', async () => {
    const global = createFakeClient();
    const fromProvider = createFakeClient();
    const own = createFakeClient();
    IdoKit.configure({ client: global });
    const root = await fixture<HTMLElement>(
      html`<div>
        <ido-provider .client=${fromProvider}>
          <ido-test-element id="own" .client=${own}></ido-test-element>
          <ido-test-element id="attr" api="https://ido.example"></ido-test-element>
          <ido-test-element id="inherits"></ido-test-element>
        </ido-provider>
        <ido-test-element id="outside"></ido-test-element>
      </div>`,
    );
    const get = (id: string) => root.querySelector<IdoTestElement>(`#${id}`)!;
    expect(get('own').resolvedClient).to.equal(own);
    expect(get('attr').resolvedClient!.mode).to.equal('http');
    expect(get('inherits').resolvedClient).to.equal(fromProvider);
    expect(get('outside').resolvedClient).to.equal(global);
  });

  it('explains a missing configuration once, unless configure() follows at once', async () => {
    const errors: IdoErrorEvent[] = [];
    const listen = (e: IdoErrorEvent) => errors.push(e);
    document.addEventListener('ido-error', listen);
    try {
      const configuredLate = await fixture<IdoTestElement>(
        html`<ido-test-element></ido-test-element>`,
      );
      IdoKit.configure({ client: createFakeClient() });
      await settled(configuredLate);
      expect(text(configuredLate, 'h2')).to.contain('Utrecht');
      expect(errors).to.have.length(0);

      IdoKit.reset();
      const unconfigured = await fixture<IdoTestElement>(
        html`<ido-test-element></ido-test-element>`,
      );
      await settled(unconfigured);
      const own = errors.filter((e) => e.target === unconfigured);
      expect(own).to.have.length(1);
      expect(own[0]!.detail.message).to.contain('geen gegevensbron');
      expect(unconfigured.shadowRoot!.querySelector('[role=alert]')).to.not.equal(null);
    } finally {
      document.removeEventListener('ido-error', listen);
    }
  });
});

describe('IdoElement: language', () => {
  it('speaks Dutch by default and English inside an ancestor with lang="en"', async () => {
    const root = await fixture<HTMLElement>(
      html`<div>
        <ido-test-element id="nl" .client=${createFakeClient()}></ido-test-element>
        <section lang="en-GB">
          <div><ido-test-element id="en" .client=${createFakeClient()}></ido-test-element></div>
        </section>
      </div>`,
    );
    const nl = root.querySelector<IdoTestElement>('#nl')!;
    const en = root.querySelector<IdoTestElement>('#en')!;
    expect(text(nl, '.retry-label')).to.equal('Probeer opnieuw');
    expect(text(en, '.retry-label')).to.equal('Try again');
    expect(en.locale).to.equal('en-GB');
    expect(en.language).to.equal('en');
  });

  it('re-renders when <html lang> switches, and speaks Dutch as a whole for an unknown language', async () => {
    const el = await fixtureWithClient<IdoTestElement>(html`<ido-test-element></ido-test-element>`);
    expect(text(el, '.retry-label')).to.equal('Probeer opnieuw');
    document.documentElement.lang = 'en';
    await waitUntil(() => text(el, '.retry-label') === 'Try again', 'did not switch to English');
    document.documentElement.lang = 'fr-BE';
    await waitUntil(
      () => text(el, '.retry-label') === 'Probeer opnieuw',
      'did not fall back to Dutch',
    );
    expect(el.locale, 'no French Intl names in Dutch text').to.equal('nl');
    expect(el.language).to.equal('nl');
  });

  it('finds the language across shadow roots and follows a change of its own lang', async () => {
    const host = await fixture<HTMLElement>(html`<div lang="en"></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    const el = document.createElement('ido-test-element') as IdoTestElement;
    el.client = createFakeClient();
    shadow.append(el);
    await el.updateComplete;
    expect(resolveLang(el)).to.equal('en');
    expect(text(el, '.retry-label')).to.equal('Try again');
    el.setAttribute('lang', 'nl');
    await waitUntil(() => text(el, '.retry-label') === 'Probeer opnieuw', 'own lang ignored');
  });
});

describe('IdoElement: strings', () => {
  it('applies IdoKit.setStrings to elements already on the page, and el.strings over that', async () => {
    const root = await fixture<HTMLElement>(
      html`<div>
        <ido-test-element id="a" .client=${createFakeClient()}></ido-test-element>
        <ido-test-element
          id="b"
          .client=${createFakeClient()}
          .strings=${{ retry: 'Nog één keer' }}
        ></ido-test-element>
      </div>`,
    );
    const a = root.querySelector<IdoTestElement>('#a')!;
    const b = root.querySelector<IdoTestElement>('#b')!;
    IdoKit.setStrings('nl', { retry: 'Nog een keer' });
    await a.updateComplete;
    expect(text(a, '.retry-label')).to.equal('Nog een keer');
    expect(text(b, '.retry-label')).to.equal('Nog één keer');
    IdoKit.setStrings('en', { retry: 'Once more' });
    expect(a.t.retry, 'another language leaves Dutch alone').to.equal('Nog een keer');
  });
});

describe('IdoElement: events and states', () => {
  it('dispatches ido-location-select that bubbles out of shadow roots to the document', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    const el = document.createElement('ido-test-element') as IdoTestElement;
    el.client = createFakeClient();
    shadow.append(el);
    await settled(el);
    let path: EventTarget[] = [];
    const heard = oneEvent(document, 'ido-location-select');
    document.addEventListener('ido-location-select', (e) => (path = e.composedPath()), {
      once: true,
    });
    el.shadowRoot!.querySelector<HTMLButtonElement>('button')!.click();
    const event = await heard;
    expect(event).to.be.instanceOf(IdoLocationSelectEvent);
    expect(event.detail.location.id).to.equal('ido-utrecht-centrum');
    expect(path).to.include(host);
    expect(event.target, 'retargeted to the outer host').to.equal(host);
  });

  it('shows loading, then an error with retry in the element language, with states', async () => {
    const failing = createFakeClient({
      delayMs: 30,
      fail: { getLocation: new IdoNetworkError('/x') },
    });
    const heard = oneEvent(document, 'ido-error');
    const el = await fixtureWithClient<IdoTestElement>(
      html`<ido-test-element></ido-test-element>`,
      {
        client: failing,
        lang: 'en',
      },
    );
    expect(el.hasState('loading')).to.equal(true);
    expect(el.matches(':state(loading)')).to.equal(true);
    expect(text(el, '[role=status]')).to.equal('Loading…');
    const event = await heard;
    expect(event.detail.message).to.equal(
      'There is no connection. Check your internet and try again.',
    );
    await settled(el);
    expect(el.hasState('error')).to.equal(true);
    expect(text(el, '[role=alert] span')).to.equal(event.detail.message);

    el.client = createFakeClient();
    await settled(el);
    expect(el.hasState('error')).to.equal(false);
    expect(text(el, 'h2')).to.contain('Utrecht');
  });

  it('aborts the previous request when its arguments change', async () => {
    const client = createFakeClient({ delayMs: 50 });
    const el = await fixtureWithClient<IdoTestElement>(
      html`<ido-test-element></ido-test-element>`,
      {
        client,
      },
    );
    el.location = 'ido-zwolle-centrum';
    await settled(el);
    const [first, second] = client.calls.map((c) => (c.args[1] as { signal: AbortSignal }).signal);
    expect(first!.aborted).to.equal(true);
    expect(second!.aborted).to.equal(false);
    expect(text(el, 'h2')).to.contain('Zwolle');
  });

  it('does not reload when it re-renders with equal arguments', async () => {
    const client = createFakeClient();
    const el = await fixtureWithClient<IdoTestElement>(
      html`<ido-test-element></ido-test-element>`,
      {
        client,
      },
    );
    await settled(el);
    el.location = 'ido-utrecht-centrum';
    el.requestUpdate();
    await settled(el);
    expect(client.calls).to.have.length(1);
  });
});

/** Loads only when no location object is given, like elements that accept data directly. */
class IdoGatedElement extends IdoElement {
  @property({ attribute: false }) given?: Location;
  readonly data = dataTask(this, {
    args: () => ['ido-utrecht-centrum'] as const,
    task: ([id], { client, signal }) => client.getLocation(id, { signal }),
    enabled: () => this.given === undefined,
  });
  protected override render() {
    return html`<h2>${this.given?.name ?? (this.data.value as Location | undefined)?.name}</h2>`;
  }
}
customElements.define('ido-gated-element', IdoGatedElement);

describe('dataTask: enabled', () => {
  it('makes no request while disabled, and loads once enabled', async () => {
    const client = createFakeClient();
    const given = (await client.getLocation('ido-zwolle-centrum')) as Location;
    client.calls.length = 0;
    const el = await fixtureWithClient<IdoGatedElement>(
      html`<ido-gated-element .given=${given}></ido-gated-element>`,
      { client },
    );
    await settled(el);
    expect(client.calls, 'no request for a given object').to.have.length(0);
    expect(text(el, 'h2')).to.contain('Zwolle');
    expect(el.hasState('error'), 'no "no data source" failure either').to.equal(false);
    el.given = undefined;
    await settled(el);
    expect(client.calls.map((c) => c.method)).to.deep.equal(['getLocation']);
    expect(text(el, 'h2')).to.contain('Utrecht');
  });
});
