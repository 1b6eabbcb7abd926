/// <reference types="mocha" />
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createFakeClient } from '@idokit/sdk/testing';
import { IdoElement } from '../../base/ido-element.js';
import { expectAccessible } from '../../testing/index.js';
import { defineIdoProvider, IdoProvider } from './ido-provider.js';

defineIdoProvider();

/** Shows which client it resolved and its retry text. */
class IdoProviderProbe extends IdoElement {
  protected override render() {
    return html`<button class="ido-button" type="button">${this.t.retry}</button>`;
  }
}
customElements.define('ido-provider-probe', IdoProviderProbe);

describe('<ido-provider>', () => {
  it('has no box of its own and passes axe with content inside', async () => {
    const provider = await fixture<IdoProvider>(
      html`<ido-provider feed="/feed.json" lang="en">
        <h2>Opening hours</h2>
        <ido-provider-probe></ido-provider-probe>
      </ido-provider>`,
    );
    expect(getComputedStyle(provider).display).to.equal('contents');
    const probe = provider.querySelector<IdoProviderProbe>('ido-provider-probe')!;
    await probe.updateComplete;
    expect(probe.shadowRoot!.textContent!.trim()).to.equal('Try again');
    await expectAccessible(provider);
  });

  it('shares one client with every descendant, and a new one when it changes', async () => {
    const first = createFakeClient();
    const provider = await fixture<IdoProvider>(
      html`<ido-provider .client=${first}>
        <div><ido-provider-probe></ido-provider-probe></div>
        <ido-provider-probe></ido-provider-probe>
      </ido-provider>`,
    );
    const probes = [...provider.querySelectorAll<IdoProviderProbe>('ido-provider-probe')];
    expect(probes.map((p) => p.resolvedClient)).to.deep.equal([first, first]);

    const second = createFakeClient();
    provider.client = second;
    await provider.updateComplete;
    expect(probes.map((p) => p.resolvedClient)).to.deep.equal([second, second]);
  });

  it('lets an inner provider override an outer one, and turns feed/api into a client', async () => {
    const outer = createFakeClient();
    const root = await fixture<IdoProvider>(
      html`<ido-provider .client=${outer}>
        <ido-provider-probe id="a"></ido-provider-probe>
        <ido-provider feed="/ido/feed.json"
          ><ido-provider-probe id="b"></ido-provider-probe
        ></ido-provider>
      </ido-provider>`,
    );
    const a = root.querySelector<IdoProviderProbe>('#a')!;
    const b = root.querySelector<IdoProviderProbe>('#b')!;
    expect(a.resolvedClient).to.equal(outer);
    expect(b.resolvedClient!.mode).to.equal('feed');
  });

  it('reaches elements that are defined before the provider is', async () => {
    const client = createFakeClient();
    class LateProvider extends IdoProvider {}
    const root = await fixture<HTMLElement>(
      html`<ido-late-provider .client=${client}>
        <ido-provider-probe></ido-provider-probe>
      </ido-late-provider>`,
    );
    const probe = root.querySelector<IdoProviderProbe>('ido-provider-probe')!;
    expect(probe.resolvedClient).to.equal(undefined);
    customElements.define('ido-late-provider', LateProvider);
    await waitUntil(() => probe.resolvedClient === client, 'the probe never found the provider');
  });
});
