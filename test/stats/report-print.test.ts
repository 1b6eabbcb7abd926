// The municipality report of <ido-registration-stats> as it comes out of the printer: a typical
// quarter of one desk (the real server on PGlite, Chromium's own PDF of the page on A4) is two
// pages, no chart label is cut off or shortened, "Gemaakt op" has the year, and the paragraph on
// how the numbers are protected is there. `IDOKIT_SCREENSHOTS=dir` also keeps the PDF.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { widgetsBundle } from '../support/widgets-bundle.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createIdoClient, type QuestionRegistrationInput } from '@idokit/sdk';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { createEnrolmentCode } from '@idokit/server';
import { startTestServer, type TestServer } from '@idokit/server/testing';

const DESK = 'ido-utrecht-centrum';
const QUARTER = '2026-Q2';

let server: TestServer;
let browser: Browser;
let page: Page;
const site = mkdtempSync(join(tmpdir(), 'idokit-report-'));

type Question = QuestionRegistrationInput['questions'][number];

/**
 * A typical quarter of a busy desk: 96 visits over April, May and June, the themes, agencies,
 * help and referrals spread as a desk sees them (long names included: "Zorginstituut of
 * zorgverzekeraar", "Cliëntondersteuning (MEE, gemeente)").
 */
function quarter(): QuestionRegistrationInput[] {
  const themes = [
    ['toeslagen', 'dienst-toeslagen'],
    ['belastingen', 'belastingdienst'],
    ['zorg', 'zorginstituut-zorgverzekeraar'],
    ['digid-mijnoverheid', 'logius'],
    ['identiteit-rijbewijs', 'rvig'],
    ['aow-pensioen', 'svb'],
    ['werk-uitkering', 'uwv'],
    ['boetes-schulden', 'cjib'],
  ] as const;
  const help = ['informed', 'searched-together', 'explained', 'referred'] as const;
  const partners = [
    'clientondersteuning',
    'schuldhulp',
    'vakbond-ouderenbond',
    'humanitas',
  ] as const;
  const channels = ['desk', 'desk', 'desk', 'phone', 'appointment', 'email'] as const;
  const visits: QuestionRegistrationInput[] = [];
  for (let i = 0; i < 96; i++) {
    const [theme, organisation] = themes[i % themes.length]!;
    const given = help[i % help.length]!;
    const question: Question = {
      type: 'government',
      governmentLevel: 'national',
      organisations: [organisation],
      themes: [theme],
      help: given,
      ...(given === 'referred'
        ? { referral: { partnerKind: partners[(i >> 2) % partners.length]!, warm: i % 8 === 3 } }
        : {}),
    };
    visits.push({
      id: randomUUID(),
      locationId: DESK,
      date: `2026-0${4 + (i % 3)}-${String(1 + (i % 28)).padStart(2, '0')}`,
      hour: 10 + (i % 6),
      channel: channels[i % channels.length]!,
      durationMinutes: 20,
      questions: [question],
    });
  }
  return visits;
}

before(async () => {
  server = await startTestServer({ staticDir: site });
  writeFileSync(join(site, 'idokit.js'), await widgetsBundle());
  // A staff page as a library's site has it: its own margins, the element in the main column.
  writeFileSync(
    join(site, 'index.html'),
    `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Rapport</title>
<style>body { font-family: sans-serif; margin: 1rem; }</style>
<script type="module" src="/idokit.js"></script></head>
<body><main><ido-registration-stats api="/" period="${QUARTER}"></ido-registration-stats></main></body></html>`,
  );
  const { code } = await createEnrolmentCode(server.db, DESK, {
    at: new Date(),
    ttlMs: 3_600_000,
  });
  const enrolment = await createIdoClient({ baseUrl: server.baseUrl, retry: 0 }).enrol(code);
  const desk = createIdoClient({ baseUrl: server.baseUrl, token: enrolment.token, retry: 0 });
  for (const visit of quarter()) await desk.submitRegistration(visit);

  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  page = await context.newPage();
  await page.goto(`${server.baseUrl}/`);
  const stats = page.locator('ido-registration-stats');
  const again = await createEnrolmentCode(server.db, DESK, { at: new Date(), ttlMs: 60_000 });
  await stats.getByLabel('Code').fill(again.code);
  await stats.getByRole('button', { name: 'Aanmelden' }).click();
  await stats.getByRole('button', { name: 'Rapport voor de gemeente' }).click();
  await stats.getByRole('heading', { name: 'Openingstijden in deze periode' }).waitFor();
});

after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(site, { recursive: true, force: true });
});

describe('the municipality report on paper', () => {
  test('a typical quarter prints on two A4 pages', async () => {
    // The margins of Chromium's print dialog (the element cannot set `@page` from its shadow root).
    const margin = '10mm';
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      margin: { top: margin, right: margin, bottom: margin, left: margin },
    });
    const shots = process.env.IDOKIT_SCREENSHOTS;
    if (shots) {
      mkdirSync(shots, { recursive: true });
      writeFileSync(join(shots, 'report-quarter.pdf'), pdf);
    }
    // Chromium writes one `/Type /Page` object per page (and one `/Type /Pages` tree).
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length;
    assert.equal(pages, 2);
  });

  test('under print, no chart label or table cell is cut off, and every label is whole', async () => {
    await page.emulateMedia({ media: 'print' });
    try {
      const problems = await page.evaluate(() => {
        const report = document
          .querySelector('ido-registration-stats')!
          .shadowRoot!.querySelector('[part~="report"]')!;
        const found: string[] = [];
        for (const figure of report.querySelectorAll('figure')) {
          const svg = figure.querySelector('svg')!;
          const box = svg.getBoundingClientRect();
          const rows = [...figure.parentElement!.querySelectorAll('tbody th')].map((th) =>
            th.textContent!.replace(/\s+/g, ' ').trim(),
          );
          const labels = [...svg.querySelectorAll<SVGTextElement>('text.chart-label')];
          labels.forEach((label, i) => {
            const text = [...label.querySelectorAll('tspan')]
              .map((line) => line.textContent!.trim())
              .join(' ');
            if (text !== rows[i]) found.push(`label "${text}" is not the whole "${rows[i]}"`);
            const r = label.getBoundingClientRect();
            if (r.left < box.left - 0.5 || r.right > box.right + 0.5)
              found.push(`label "${text}" runs out of its chart`);
            for (const bar of svg.querySelectorAll('rect.bar')) {
              const b = bar.getBoundingClientRect();
              const overlaps =
                b.width > 0 && r.right > b.left + 0.5 && r.top < b.bottom && r.bottom > b.top;
              if (overlaps) found.push(`label "${text}" runs into a bar`);
            }
          });
        }
        for (const cell of report.querySelectorAll<HTMLElement>('th, td'))
          if (cell.scrollWidth > cell.clientWidth + 1)
            found.push(`cell "${cell.textContent!.trim()}" is cut off`);
        return found;
      });
      assert.deepEqual(problems, []);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  test('"Gemaakt op" has the day, the month and the year; the protection of the numbers is explained', async () => {
    const report = page.locator('ido-registration-stats [part~="report"]');
    const made = (await report.getByText(/^Gemaakt op/).innerText()).trim();
    const year = new Intl.DateTimeFormat('nl-NL', {
      year: 'numeric',
      timeZone: 'Europe/Amsterdam',
    }).format(new Date());
    assert.match(made, new RegExp(`^Gemaakt op \\d{1,2} [a-z]+ ${year} `));
    const protection = report.locator('.protection');
    assert.match(await protection.innerText(), /hooguit 2/);
    assert.match(await protection.innerText(), /geen bezoeker te herkennen/);
    assert.match(await protection.innerText(), /notities/i);
  });
});
