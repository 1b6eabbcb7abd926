/// <reference types="mocha" />
// The type-ahead field on its own, in a small host element that keeps the chosen ids: the
// combobox's ARIA and keys as the form uses them (the form's own tests drive it end to end).
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import {
  deepActiveElement,
  expectAccessible,
  expectFocusOn,
  press,
  typeText,
} from '../../testing/index.js';
import type { PickOption } from './draft.js';
import { questionFormNl } from './strings.js';
import { PickerStates, renderTopicPicker } from './topic-picker.js';

const OPTIONS: PickOption[] = [
  { id: 'toeslagen', label: 'Toeslagen' },
  { id: 'belastingen', label: 'Belastingen' },
  { id: 'digid', label: 'DigiD en MijnOverheid' },
  { id: 'zorg', label: 'Zorgverzekering en zorgtoeslag' },
  { id: 'paspoort', label: 'Paspoort, ID-kaart en rijbewijs' },
  { id: 'werk', label: 'Werk en uitkering' },
];

class PickerHost extends LitElement {
  readonly states = new PickerStates(() => this.requestUpdate());
  chosen: string[] = [];
  said: string[] = [];
  /** Keydowns that reached the host, and whether the field kept them from the form. */
  keys: { key: string; prevented: boolean }[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('keydown', (e) =>
      this.keys.push({ key: e.key, prevented: e.defaultPrevented }),
    );
  }

  protected override render() {
    return renderTopicPicker({
      id: 'q0-themes',
      label: 'Onderwerp',
      hint: 'Typ en kies met Enter',
      options: OPTIONS,
      chosen: this.chosen,
      start: true,
      states: this.states,
      strings: questionFormNl,
      onPick: (option) => {
        this.chosen = [...this.chosen, option.id];
        this.requestUpdate();
      },
      onUnpick: (option) => {
        this.chosen = this.chosen.filter((id) => id !== option.id);
        this.requestUpdate();
      },
      say: (message) => this.said.push(message),
      updated: () => this.updateComplete,
    });
  }
}
customElements.define('test-topic-picker', PickerHost);

async function mount(): Promise<{ host: PickerHost; input: HTMLInputElement }> {
  const host = await fixture<PickerHost>(html`<test-topic-picker></test-topic-picker>`);
  const input = host.shadowRoot!.querySelector<HTMLInputElement>('#q0-themes')!;
  input.focus();
  return { host, input };
}
const $ = (host: PickerHost, selector: string) => host.shadowRoot!.querySelector(selector);
const options = (host: PickerHost) => [...host.shadowRoot!.querySelectorAll('[role="option"]')];
const chips = (host: PickerHost) =>
  [...host.shadowRoot!.querySelectorAll('.chip')].map((c) =>
    c.textContent!.replace(/\s+/g, ' ').trim(),
  );

describe('topic picker', () => {
  it('is a closed combobox wired to its listbox, hint and first-field mark', async () => {
    const { host, input } = await mount();
    expect(input.getAttribute('role')).to.equal('combobox');
    expect(input.getAttribute('aria-autocomplete')).to.equal('list');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(input.getAttribute('aria-controls')).to.equal('q0-themes-list');
    expect(input.getAttribute('aria-describedby')).to.equal('q0-themes-hint');
    expect(input.hasAttribute('aria-activedescendant')).to.equal(false);
    expect(input.hasAttribute('data-start')).to.equal(true);
    expect(($(host, '#q0-themes-list') as HTMLElement).hidden).to.equal(true);
    await expectAccessible(host);
  });

  it('opens on typing, moves with the arrows (wrapping), and chooses with Enter', async () => {
    const { host, input } = await mount();
    await typeText('toe');
    await host.updateComplete;
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    // "Toeslagen" starts with it; "zorgtoeslag" has it only inside a word: never offered.
    expect(options(host).map((o) => o.textContent!.trim())).to.deep.equal(['Toeslagen']);
    await press('Backspace');
    await press('Backspace');
    await press('Backspace');
    await typeText('zo');
    await host.updateComplete;
    expect(options(host).map((o) => o.textContent!.trim())).to.deep.equal([
      'Zorgverzekering en zorgtoeslag',
    ]);
    await press('Backspace');
    await press('Backspace');
    // Two options that start a word: the label that starts with it first.
    await typeText('en');
    await host.updateComplete;
    expect(options(host).map((o) => o.textContent!.trim())).to.deep.equal([
      'DigiD en MijnOverheid',
      'Zorgverzekering en zorgtoeslag',
      'Paspoort, ID-kaart en rijbewijs',
      'Werk en uitkering',
    ]);
    expect(input.getAttribute('aria-activedescendant')).to.equal('q0-themes-opt-0');
    expect(options(host)[0]!.getAttribute('aria-selected')).to.equal('true');
    await expectAccessible(host);
    await press('ArrowDown');
    await host.updateComplete;
    expect(input.getAttribute('aria-activedescendant')).to.equal('q0-themes-opt-1');
    await press('ArrowUp');
    await press('ArrowUp');
    await host.updateComplete;
    expect(input.getAttribute('aria-activedescendant')).to.equal('q0-themes-opt-3');
    await press('ArrowUp');
    await press('ArrowUp');
    await press('Enter');
    await host.updateComplete;
    expect(host.chosen).to.deep.equal(['zorg']);
    expect(input.value).to.equal('');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(host.keys.at(-1)).to.deep.equal({ key: 'Enter', prevented: true });
    expect(chips(host)).to.deep.equal(['Zorgverzekering en zorgtoeslag×']);
    expect($(host, '.chip')!.getAttribute('aria-label')).to.equal(
      questionFormNl.formRemoveChoice('Zorgverzekering en zorgtoeslag'),
    );
  });

  it('leaves Enter in an empty, closed field to the form', async () => {
    const { host } = await mount();
    await press('Enter');
    expect(host.keys).to.deep.equal([{ key: 'Enter', prevented: false }]);
    expect(host.chosen).to.deep.equal([]);
  });

  it('leaves out what is chosen, and opens only on typing (arrows in an empty field do nothing)', async () => {
    const { host, input } = await mount();
    host.chosen = ['toeslagen'];
    host.requestUpdate();
    await host.updateComplete;
    await press('ArrowDown');
    await host.updateComplete;
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(options(host)).to.have.length(0);
    await typeText('t');
    await host.updateComplete;
    expect(options(host)).to.have.length(0);
    expect(input.getAttribute('aria-expanded')).to.equal('false');
  });

  it('matches whole-word starts only: a stray letter never picks a word it is inside of', async () => {
    const { host, input } = await mount();
    const shown = async (text: string) => {
      input.value = '';
      input.dispatchEvent(new Event('input'));
      await typeText(text);
      await host.updateComplete;
      return options(host).map((o) => o.textContent!.trim());
    };
    // "k" is the last letter of "werk" typed into the wrong field: not "ID-kaart".
    expect(await shown('k')).to.deep.equal([]);
    expect(await shown('n')).to.deep.equal([]);
    expect(await shown('werk')).to.deep.equal(['Werk en uitkering']);
    // From two letters, a part after a hyphen is a word of its own.
    expect(await shown('ka')).to.deep.equal(['Paspoort, ID-kaart en rijbewijs']);
    expect(await shown('id')).to.deep.equal(['Paspoort, ID-kaart en rijbewijs']);
    expect(await shown('zorgtoeslag')).to.deep.equal(['Zorgverzekering en zorgtoeslag']);
    expect(await shown('slagen')).to.deep.equal([]);
    await press('Enter');
    expect(host.chosen).to.deep.equal([]);
  });

  it('never takes an option that was not on screen for the text in the field when Enter came', async () => {
    const { host, input } = await mount();
    await typeText('be');
    await host.updateComplete;
    expect(options(host).map((o) => o.textContent!.trim())).to.deep.equal(['Belastingen']);
    // "w" lands and Enter follows in the same task, before the list could show what "bew" gives.
    input.value = 'bew';
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(
      new KeyboardEvent('keydown', {
        key: 'Enter',
        bubbles: true,
        composed: true,
        cancelable: true,
      }),
    );
    await host.updateComplete;
    expect(host.chosen).to.deep.equal([]);
    expect(host.keys.at(-1)).to.deep.equal({ key: 'Enter', prevented: true });
  });

  it('clears the query and closes with Escape (twice while a query is typed), keeping the key inside', async () => {
    const { host, input } = await mount();
    await typeText('bel');
    await press('Escape');
    await host.updateComplete;
    // As the form has always done: while a query is typed its matches stay listed.
    expect(input.value).to.equal('bel');
    await press('Escape');
    await host.updateComplete;
    expect(input.value).to.equal('');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(host.keys.filter((k) => k.key === 'Escape')).to.have.length(0);
  });

  it('says when nothing matches, and Enter then chooses nothing', async () => {
    const { host } = await mount();
    await typeText('xyz');
    await press('Enter');
    await host.updateComplete;
    expect($(host, '.combo .ido-hint')!.textContent).to.equal(questionFormNl.formNoMatch('xyz'));
    expect(host.said).to.deep.equal([questionFormNl.formNoMatch('xyz')]);
    expect(host.chosen).to.deep.equal([]);
  });

  it('removes the last choice with Backspace in the empty field, and a chip by click', async () => {
    const { host, input } = await mount();
    host.chosen = ['toeslagen', 'digid'];
    host.requestUpdate();
    await host.updateComplete;
    await press('Backspace');
    await host.updateComplete;
    expect(host.chosen).to.deep.equal(['toeslagen']);
    ($(host, '.chip') as HTMLButtonElement).focus();
    ($(host, '.chip') as HTMLButtonElement).click();
    await host.updateComplete;
    await host.updateComplete;
    expect(host.chosen).to.deep.equal([]);
    expectFocusOn(input, 'back in the field');
    expect(deepActiveElement()).to.equal(input);
  });

  it('marks an error on the field', async () => {
    const host = await fixture<PickerHost>(html`<test-topic-picker></test-topic-picker>`);
    const render = () =>
      renderTopicPicker({
        id: 'q1-themes',
        label: 'Onderwerp',
        hint: 'Typ',
        options: OPTIONS,
        chosen: [],
        error: 'Vraag 2: kies een onderwerp.',
        states: host.states,
        strings: questionFormNl,
        onPick: () => undefined,
        onUnpick: () => undefined,
        say: () => undefined,
        updated: () => host.updateComplete,
      });
    const container = await fixture<HTMLDivElement>(html`<div>${render()}</div>`);
    const input = container.querySelector('#q1-themes')!;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.equal('q1-themes-hint q1-themes-error');
    expect(input.hasAttribute('data-start')).to.equal(false);
    expect(container.querySelector('#q1-themes-error')!.textContent).to.equal(
      'Vraag 2: kies een onderwerp.',
    );
  });
});
