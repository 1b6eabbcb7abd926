/// <reference types="mocha" />
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { css } from 'lit';
import { IdoElement } from '../base/ido-element.js';
import { expectFocusOn, expectAccessible, tab } from '../testing/index.js';

/** Renders the shared classes, plus the shared loading and error templates. */
class IdoStyleProbe extends IdoElement {
  static override styles = [
    IdoElement.styles,
    css`
      .ido-button {
        transition: background-color 300ms;
      }
    `,
  ];
  protected override render() {
    return html`<button class="ido-button" type="button">x</button>
      <a class="ido-link ido-target" href="#here">Route</a>
      <label class="ido-label" for="pc">Postcode</label>
      <input class="ido-input" id="pc" />
      ${this.renderLoading()} ${this.renderError(new Error('boom'), () => {})}`;
  }
}
customElements.define('ido-style-probe', IdoStyleProbe);

async function probe(style = '') {
  const wrapper = await fixture<HTMLElement>(
    html`<div style=${style}><ido-style-probe></ido-style-probe></div>`,
  );
  const el = wrapper.querySelector<IdoStyleProbe>('ido-style-probe')!;
  await el.updateComplete;
  const button = el.shadowRoot!.querySelector<HTMLButtonElement>('.ido-button')!;
  return { el, button, style: getComputedStyle(button) };
}

describe('tokens and shared styles', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('uses our default accent without any tokens on the page', async () => {
    const { style } = await probe();
    expect(style.backgroundColor).to.equal('rgb(0, 88, 122)');
    expect(style.color).to.equal('rgb(255, 255, 255)');
  });

  it('falls back to NL Design System --basis-* tokens defined on the page', async () => {
    const { style } = await probe(
      '--basis-color-accent-1-inverse-bg-default: rgb(10, 20, 30); --basis-color-accent-1-inverse-color-default: rgb(250, 250, 240)',
    );
    expect(style.backgroundColor).to.equal('rgb(10, 20, 30)');
    expect(style.color).to.equal('rgb(250, 250, 240)');
  });

  it('lets --ido-* on any ancestor win over --basis-*', async () => {
    const { style } = await probe(
      '--basis-color-accent-1-inverse-bg-default: rgb(10, 20, 30); --ido-color-accent: rgb(122, 0, 69)',
    );
    expect(style.backgroundColor).to.equal('rgb(122, 0, 69)');
  });

  it('inherits the page font, also in buttons and inputs', async () => {
    const { el, style } = await probe('font-family: Georgia, serif');
    expect(style.fontFamily).to.equal('Georgia, serif');
    const input = el.shadowRoot!.querySelector('input')!;
    expect(getComputedStyle(input).fontFamily).to.equal('Georgia, serif');
  });

  it('keeps buttons, stand-alone links and inputs at least 44×44 px, whatever the theme says', async () => {
    const { el, button } = await probe('--ido-target-size: 20px');
    for (const target of [button, ...el.shadowRoot!.querySelectorAll('.ido-target, .ido-input')]) {
      const box = target.getBoundingClientRect();
      expect(box.height, target.className).to.be.at.least(44);
      expect(box.width, target.className).to.be.at.least(44);
    }
  });

  it('shows a focus ring of at least 2 px on keyboard focus, from --basis-focus-* if set', async () => {
    const { button } = await probe('--basis-focus-outline-color: rgb(255, 0, 0)');
    button.blur();
    await tab();
    expectFocusOn(button);
    const style = getComputedStyle(button);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    expect(style.outlineColor).to.equal('rgb(255, 0, 0)');
  });

  it('drops transitions when the user prefers reduced motion', async () => {
    const { style } = await probe();
    expect(style.transitionDuration).to.equal('0.3s');
    await emulateMedia({ reducedMotion: 'reduce' });
    const reduced = await probe();
    expect(reduced.style.transitionDuration).to.equal('0s');
  });

  it('passes axe with the shared controls, loading and error templates', async () => {
    const { el } = await probe();
    await expectAccessible(el);
  });

  it('has a harness that does fail on a violation', async () => {
    const bad = await fixture(html`<div><button></button></div>`);
    let message = '';
    await expectAccessible(bad).catch((e: Error) => (message = e.message));
    expect(message).to.contain('button-name');
  });
});
