/// <reference types="mocha" />
// The catalog is the one list of elements: what the package defines, publishes and translates
// follows from it, and the two npm entries publish the same names.
import { expect } from '@open-wc/testing';
import { catalog, IdoKit, nl, en } from './catalog.js';
import * as defineEntry from './define.js';
import * as mainEntry from './index.js';
import { elementModules } from './loader/elements.js';

describe('the catalog', () => {
  it('defines every element it lists, through define.js', () => {
    for (const { tag, element } of catalog) expect(customElements.get(tag)).to.equal(element);
  });

  it('gives the CDN loader a module for every tag, and nothing else', () => {
    expect(Object.keys(elementModules).sort()).to.deep.equal(catalog.map((e) => e.tag).sort());
  });

  it("puts every element's Dutch and English text in the public nl and en tables", () => {
    for (const { element } of catalog) {
      for (const key of Object.keys(element.texts?.nl ?? {})) {
        expect(nl, `nl.${key}`).to.have.property(key);
        expect(en, `en.${key}`).to.have.property(key);
      }
    }
  });

  it('publishes the same names from @idokit/widgets and @idokit/widgets/define.js', () => {
    expect(Object.keys(defineEntry).sort()).to.deep.equal(Object.keys(mainEntry).sort());
  });

  it("checks IdoKit.setStrings against every element's keys", () => {
    // @ts-expect-error: no element has this key (a typo of `retry`).
    const typo = () => IdoKit.setStrings('nl', { retyr: 'Nog een keer' });
    expect(typo).to.be.a('function');
    expect(window.IdoKit).to.equal(IdoKit);
  });
});
