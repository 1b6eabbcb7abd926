/// <reference types="mocha" />
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { checkedState } from './checked-state.js';

const box = (on: boolean) =>
  html`<input type="checkbox" aria-label="Nu open" ?checked=${on} ${checkedState(on)} />`;

describe('checkedState()', () => {
  it('ticks the box as the attribute says on the first render', async () => {
    const ticked = await fixture<HTMLInputElement>(box(true));
    expect(ticked.checked).to.equal(true);
    expect(ticked.hasAttribute('checked')).to.equal(true);
    const unticked = await fixture<HTMLInputElement>(box(false));
    expect(unticked.checked).to.equal(false);
    expect(unticked.hasAttribute('checked')).to.equal(false);
  });

  it('still follows the state after the resident clicked the box', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    render(box(false), host);
    const input = host.querySelector('input')!;
    input.click(); // the resident ticks it: the box no longer follows its attribute
    expect(input.checked).to.equal(true);
    render(box(false), host); // the state says unticked (e.g. the page reset the filter)
    expect(input.checked).to.equal(false, 'unticked again although its attribute never changed');
    render(box(true), host);
    expect(input.checked).to.equal(true);
    input.click();
    render(box(true), host);
    expect(input.checked).to.equal(true);
    host.remove();
  });

  it('refuses to go anywhere but on an element', () => {
    const host = document.createElement('div');
    expect(() => render(html`<p>${checkedState(true)}</p>`, host)).to.throw(/<input>/);
  });
});
