// A staff page on a site the IDO Kit server does not allow (its origin missing from the server's
// IDOKIT_ALLOWED_ORIGINS): the browser refuses the server's answers (CORS) and reports that
// exactly like a lost connection. The form must say instead that this website is not allowed and
// what the server's administrator adds, in Dutch and in English — and still say "no connection"
// when the server is really gone. An allowed site beside it enrols as usual. Real Chromium, the
// real server; the two sites are two small servers on other ports of 127.0.0.1.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import {
  freePort,
  launchChromium,
  startDemoServer,
  type DemoServer,
} from '../support/demo-server.js';

let demo: DemoServer;
let demoClosed = false;
let browser: Browser;
let allowed: { server: Server; origin: string };
let refused: { server: Server; origin: string };

/** A library's staff page using the IDO Kit server at `api`, in `lang`. */
const staffPage = (api: string, lang: string) => `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<title>Medewerkers</title>
<script type="module" src="${api}/cdn/idokit.js"></script>
</head>
<body>
<main>
<h1>Medewerkers</h1>
<ido-question-form api="${api}"></ido-question-form>
</main>
</body>
</html>`;

/** A web server for one site's pages on `port` of 127.0.0.1 (`?lang=en` for English). */
async function site(port: number): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const lang = new URL(req.url ?? '/', 'http://x').searchParams.get('lang') ?? 'nl';
    res
      .writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
      .end(staffPage(demo.origin, lang === 'en' ? 'en' : 'nl'));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${port}` };
}

before(
  async () => {
    const allowedPort = await freePort();
    demo = await startDemoServer({
      demoEnrolment: 'ido-zwolle-centrum',
      env: { IDOKIT_ALLOWED_ORIGINS: `http://127.0.0.1:${allowedPort}` },
    });
    allowed = await site(allowedPort);
    refused = await site(await freePort());
    browser = await launchChromium();
  },
  { timeout: 240_000 },
);

after(async () => {
  await browser?.close();
  for (const s of [allowed, refused])
    await new Promise((resolve) => (s ? s.server.close(resolve) : resolve(undefined)));
  if (!demoClosed) await demo?.close();
});

/** Opens `url`, types an enrolment code into the form and sends it; answers the page. */
async function enrol(url: string, code: string, locale = 'nl-NL'): Promise<Page> {
  const context = await browser.newContext({ locale, timezoneId: 'Europe/Amsterdam' });
  const page = await context.newPage();
  await page.goto(url);
  const field = page.locator('ido-question-form #enrol-code');
  await field.waitFor();
  await field.fill(code);
  await field.press('Enter');
  return page;
}

/** The enrolment step's error line, once there is one. */
async function enrolError(page: Page): Promise<string> {
  const error = page.locator('ido-question-form #enrol-error');
  await error.waitFor({ timeout: 30_000 });
  return ((await error.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

test('an allowed site enrols as usual', { timeout: 60_000 }, async () => {
  const page = await enrol(`${allowed.origin}/`, demo.enrolmentCode!);
  await page
    .locator('ido-question-form [part~="session"]')
    .getByText(/U registreert voor IDO Voorbeeldbibliotheek Zwolle Centrum/)
    .waitFor({ timeout: 30_000 });
  await page.context().close();
});

test('a site the server does not allow is told so, with what to add, in Dutch', async () => {
  const page = await enrol(`${refused.origin}/`, '7KQ2-M9XD');
  const message = await enrolError(page);
  assert.equal(
    message,
    `De IDO Kit-server staat deze website (${refused.origin}) niet toe. Vraag de beheerder van ` +
      `de server om ${refused.origin} toe te voegen aan IDOKIT_ALLOWED_ORIGINS.`,
  );
  assert.doesNotMatch(message, /geen verbinding/);
  await page.context().close();
});

test('and in English', async () => {
  const page = await enrol(`${refused.origin}/?lang=en`, '7KQ2-M9XD', 'en-GB');
  assert.equal(
    await enrolError(page),
    `The IDO Kit server does not allow this website (${refused.origin}). Ask the server's ` +
      `administrator to add ${refused.origin} to IDOKIT_ALLOWED_ORIGINS.`,
  );
  await page.context().close();
});

test('a server that is really gone is still "no connection"', { timeout: 60_000 }, async () => {
  const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  const page = await context.newPage();
  await page.goto(`${refused.origin}/`);
  const field = page.locator('ido-question-form #enrol-code');
  await field.waitFor();
  // The script is loaded; now the server stops, as a server that is down or unreachable.
  demoClosed = true;
  await demo.close();
  await field.fill('7KQ2-M9XD');
  await field.press('Enter');
  assert.equal(
    await enrolError(page),
    'Er is geen verbinding. Controleer uw internet en probeer het opnieuw.',
  );
  await context.close();
});
