// The referral slip (issue 22) as it comes out of the printer: a resident's partner list on a
// library's page (the real server on PGlite), the slip opened and put in Arabic, "Afdrukken"
// pressed. Printing requests nothing; the printed document holds the slip alone, and Chromium's
// own PDF of it (its `@page`, A4) has every word inside an A6 card (105 × 148 mm) at the top of
// the page, read back from the PDF by pdftotext. `IDOKIT_SCREENSHOTS=dir` also keeps the PDF.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { widgetsBundle } from '../support/widgets-bundle.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { startTestServer, type TestServer } from '@idokit/server/testing';

const PARTNER = 'Humanitas Thuisadministratie Zwolle';
const MM = 72 / 25.4; // PDF points per millimetre

let server: TestServer;
let browser: Browser;
let page: Page;
const site = mkdtempSync(join(tmpdir(), 'idokit-slip-'));

before(async () => {
  server = await startTestServer({ staticDir: site });
  writeFileSync(join(site, 'idokit.js'), await widgetsBundle());
  writeFileSync(
    join(site, 'index.html'),
    `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Hulp</title>
<script type="module" src="/idokit.js"></script></head>
<body><main><h1>Hulp bij uw vraag</h1>
<ido-partner-list api="/" municipality="Zwolle" kind="humanitas"></ido-partner-list></main></body></html>`,
  );
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  page = await context.newPage();
  await page.goto(`${server.baseUrl}/`);
});

after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(site, { recursive: true, force: true });
});

describe('the referral slip on paper', () => {
  test('prints in Arabic, alone, A6 on A4, without a request', async () => {
    const list = page.locator('ido-partner-list');
    await list.getByRole('button', { name: `Verwijsbriefje (${PARTNER})` }).click();
    const dialog = page.getByRole('dialog', { name: 'Verwijsbriefje' });
    await dialog.getByRole('img', { name: /^QR-code naar / }).waitFor();
    await dialog.getByLabel('Taal van het briefje').selectOption('ar');
    await dialog.getByRole('img', { name: /^رمز QR إلى / }).waitFor();

    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await dialog.getByRole('button', { name: 'Afdrukken' }).press('Enter');
    const frame = await page.waitForFunction(() => {
      const slip = document
        .querySelector('ido-partner-list')!
        .shadowRoot!.querySelector('.ido-referral-slip')!.shadowRoot!;
      return slip.querySelector('iframe')?.contentDocument?.querySelector('.slip') ? true : false;
    });
    assert.ok(frame);
    await page.waitForTimeout(500);
    assert.deepEqual(requests, [], 'printing requested nothing');

    // The printed document, as the frame has it: its markup and its own style sheets.
    const printed = await page.evaluate(() => {
      const slip = document
        .querySelector('ido-partner-list')!
        .shadowRoot!.querySelector('.ido-referral-slip')!.shadowRoot!;
      const doc = slip.querySelector('iframe')!.contentDocument!;
      const css = doc.adoptedStyleSheets
        .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
        .join('\n');
      return { html: doc.documentElement.outerHTML, css };
    });
    assert.doesNotMatch(printed.html, /humanitas-thuisadministratie-zwolle/);
    assert.doesNotMatch(printed.html, /aanmeldformulier/);
    const paper = await browser.newPage();
    await paper.setContent(printed.html.replace('</head>', `<style>${printed.css}</style></head>`));
    const pdf = await paper.pdf({ preferCSSPageSize: true, printBackground: true });
    await paper.close();
    const shots = process.env.IDOKIT_SCREENSHOTS;
    if (shots) {
      mkdirSync(shots, { recursive: true });
      writeFileSync(join(shots, 'referral-slip-ar.pdf'), pdf);
    }
    const file = join(site, 'slip.pdf');
    writeFileSync(file, pdf);
    const boxes = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
    const pageSize = /<page width="([\d.]+)" height="([\d.]+)"/.exec(boxes)!;
    assert.equal(boxes.match(/<page /g)?.length, 1, 'one page');
    assert.deepEqual(
      [Math.round(Number(pageSize[1]) / MM), Math.round(Number(pageSize[2]) / MM)],
      [210, 297],
      'A4',
    );
    const words = [
      ...boxes.matchAll(
        /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
      ),
    ].map((m) => ({ x0: +m[1]!, y0: +m[2]!, x1: +m[3]!, y1: +m[4]!, text: m[5]! }));
    const text = words.map((w) => w.text).join(' ');
    assert.match(text, /Humanitas Thuisadministratie Zwolle/);
    assert.match(text, /zwolle@humanitas\.example/);
    assert.match(text, /13:00/);
    assert.match(text, /[\u0600-\u06ff]{3,}/, 'Arabic words');
    // Every word inside the A6 card in the top corner where Arabic starts (the right), within
    // the page's 10 mm margins (a point of room for the edge).
    const card = { x0: 95 * MM, y0: 10 * MM, x1: 200 * MM, y1: 158 * MM };
    const outside = words.filter(
      (w) => w.x0 < card.x0 - 1 || w.y0 < card.y0 - 1 || w.x1 > card.x1 + 1 || w.y1 > card.y1 + 1,
    );
    assert.deepEqual(outside, [], 'words outside the A6 card');
  });
});
