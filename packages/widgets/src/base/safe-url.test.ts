import { expect } from '@open-wc/testing';
import { mailtoUrl, safeUrl, telUrl, webUrl } from './safe-url.js';

describe('safeUrl', () => {
  const cases: [string | undefined, string | undefined][] = [
    ['https://bibliotheek.example/ido', 'https://bibliotheek.example/ido'],
    ['http://example.nl', 'http://example.nl/'],
    ['mailto:ido@example.nl', 'mailto:ido@example.nl'],
    ['tel:+31301234567', 'tel:+31301234567'],
    ['javascript:alert(1)', undefined],
    [' JavaScript:alert(1)', undefined],
    ['data:text/html,<script>alert(1)</script>', undefined],
    ['vbscript:msgbox', undefined],
    ['/relative/path', undefined],
    ['', undefined],
    [undefined, undefined],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} → ${JSON.stringify(expected)}`, () => {
      expect(safeUrl(input)).to.equal(expected);
    });
  }
});

describe('telUrl', () => {
  it('turns Dutch numbers into international tel: links', () => {
    expect(telUrl('030 123 45 67')).to.equal('tel:+31301234567');
    expect(telUrl('+31 (0)30-1234567')).to.equal('tel:+31301234567');
    expect(telUrl('0031 30 1234567')).to.equal('tel:+31301234567');
    expect(telUrl('0800 1234567')).to.equal('tel:+318001234567');
  });
  it('refuses what is not a phone number', () => {
    expect(telUrl('bel ons')).to.equal(undefined);
    expect(telUrl('javascript:alert(1)')).to.equal(undefined);
  });
});

describe('mailtoUrl', () => {
  it('links one plain address', () => {
    expect(mailtoUrl('wmo@zwolle.example')).to.equal('mailto:wmo@zwolle.example');
    expect(mailtoUrl(' ido@bieb.example.nl ')).to.equal('mailto:ido@bieb.example.nl');
  });
  it('refuses extra headers, recipients, schemes and non-addresses', () => {
    for (const value of [
      'a@b.nl?bcc=spy@evil.example',
      'a@b.nl&body=hallo',
      'a@b.nl,spy@evil.example',
      'a@b.nl; spy@evil.example',
      'javascript:alert(1)//@x.nl',
      'geen adres',
      '',
      undefined,
    ]) {
      expect(mailtoUrl(value), String(value)).to.equal(undefined);
    }
  });
});

describe('webUrl', () => {
  it('keeps http(s) links and drops every other scheme', () => {
    expect(webUrl('https://humanitas.example/aanmelden')).to.equal(
      'https://humanitas.example/aanmelden',
    );
    expect(webUrl('mailto:a@b.nl')).to.equal(undefined);
    expect(webUrl('tel:+31301234567')).to.equal(undefined);
    expect(webUrl('\tjavascript:alert(1)')).to.equal(undefined);
    expect(webUrl('data:text/html,<b>x</b>')).to.equal(undefined);
  });
});
