/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { IdoNetworkError, IdoOriginError } from '@idokit/sdk';
import { errorMessage } from './error-message.js';
import { shippedLanguages } from './languages/shipped.js';
import { sharedEn, sharedNl } from './shared-strings.js';
import type { SharedStrings } from './strings.js';

const SITE = 'https://www.bibliotheek.example';
const refused = new IdoOriginError('https://ido.bibliotheek.example/v1/enrol', SITE);

describe('errorMessage', () => {
  it('tells a site the server does not allow what its administrator adds, not "no connection"', () => {
    expect(errorMessage(refused, sharedNl)).to.equal(
      `De IDO Kit-server staat deze website (${SITE}) niet toe. Vraag de beheerder van de server om ${SITE} toe te voegen aan IDOKIT_ALLOWED_ORIGINS.`,
    );
    expect(errorMessage(refused, sharedEn)).to.equal(
      `The IDO Kit server does not allow this website (${SITE}). Ask the server's administrator to add ${SITE} to IDOKIT_ALLOWED_ORIGINS.`,
    );
  });

  it('keeps "no connection" for a lost connection', () => {
    const lost = new IdoNetworkError('https://ido.bibliotheek.example/v1/enrol');
    expect(errorMessage(lost, sharedNl)).to.equal(sharedNl.errorNetwork);
    expect(errorMessage(lost, sharedEn)).to.equal(sharedEn.errorNetwork);
  });

  for (const lang of Object.keys(shippedLanguages))
    it(`names the site and the setting in ${lang}`, async () => {
      const pack = await shippedLanguages[lang]!();
      const message = errorMessage(refused, { ...sharedEn, ...pack.strings } as SharedStrings);
      expect(message).to.include(SITE);
      expect(message).to.include('IDOKIT_ALLOWED_ORIGINS');
      expect(message).not.to.equal(pack.strings.errorNetwork);
    });
});
