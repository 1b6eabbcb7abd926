import {
  categoriesInForce,
  civilDate,
  describePersonalData,
  EnrolmentRequestSchema,
  findPersonalData,
  QuestionRegistrationSchema,
  RegistrationStatsFilterSchema,
  ServiceMonthSchema,
  registrationStatsCsv,
  SlugSchema,
  StatsPeriodKeySchema,
  type Location,
  type PersonalDataKind,
  type QuestionRegistration,
  type Taxonomy,
} from '@idokit/sdk';
import * as z from 'zod/mini';
import { redeemEnrolmentCode, revokeDevice, type Device } from '../auth/devices.js';
import { getOutreachSession } from '../data/outreach.js';
import { storeRegistration } from '../data/registrations.js';
import { HttpProblem, validationProblem, type FieldError } from '../http/problem.js';
import { defineRoute, type AnyRoute } from '../openapi/route.js';
import { scopeStats, type StatsScope } from '../stats/stats.js';
import type { RouteDeps } from './deps.js';

const problem = (description: string) => ({ description, schema: 'Problem' });
const AUTH_PROBLEMS = {
  401: problem('No, an unknown or a revoked device token (`unauthorized`, `token-revoked`)'),
};

/**
 * Refuses text with personal data, naming the kinds found and never the text itself. Only
 * certain findings (severity `block`) refuse: a likely name is a warning the form shows, and
 * refusing it here would lose a registration over a false alarm.
 */
function assertNoPersonalData(text: string | undefined, field: string): void {
  if (!text) return;
  const kinds = [
    ...new Set(
      findPersonalData(text)
        .filter((f) => f.severity === 'block')
        .map((f) => f.kind),
    ),
  ] as PersonalDataKind[];
  if (kinds.length === 0) return;
  throw new HttpProblem(
    'personal-data',
    `The ${field} contains ${describePersonalData(kinds, 'en')}. Remove it and send again: a registration must not identify a visitor.`,
    { extensions: { kinds, field } },
  );
}

/**
 * The categories a registration is checked against and recorded with: the version it names
 * (`categoriesVersion`), else the version in force on its `date`.
 * @throws HttpProblem (400, `validation`) when it names a version the server does not know.
 */
function categoriesOf(reg: QuestionRegistration, versions: readonly Taxonomy[]): Taxonomy {
  if (reg.categoriesVersion === undefined) return categoriesInForce(versions, reg.date)!;
  const named = versions.find((v) => v.version === reg.categoriesVersion);
  if (named) return named;
  throw validationProblem([
    {
      path: 'categoriesVersion',
      message: `Unknown categories version "${reg.categoriesVersion}"; this server knows ${versions.map((v) => `"${v.version}"`).join(', ')}`,
    },
  ]);
}

/** Ids (and duration, follow-up answers) used by a registration that its categories do not know. */
function unknownCategories(reg: QuestionRegistration, taxonomy: Taxonomy): FieldError[] {
  const ids = (list: readonly { id: string }[]) => new Set(list.map((e) => e.id));
  const organisations = ids(taxonomy.organisations);
  const themes = ids(taxonomy.themes);
  const reasons = ids(taxonomy.notHelpedReasons);
  const help = ids(taxonomy.help);
  const targets = ids(taxonomy.partnerKinds);
  const followUps = new Map((taxonomy.followUpQuestions ?? []).map((f) => [f.id, ids(f.answers)]));
  const of = ` (categories "${taxonomy.version}")`;
  const errors: FieldError[] = [];
  if (!ids(taxonomy.channels).has(reg.channel))
    errors.push({ path: 'channel', message: `Unknown channel "${reg.channel}"${of}` });
  if (!taxonomy.durationBuckets.includes(reg.durationMinutes))
    errors.push({
      path: 'durationMinutes',
      message: `Must be one of ${taxonomy.durationBuckets.join(', ')} (minutes)${of}`,
    });
  reg.questions.forEach((q, i) => {
    q.organisations.forEach((id, j) => {
      if (!organisations.has(id))
        errors.push({
          path: `questions.${i}.organisations.${j}`,
          message: `Unknown organisation "${id}"${of}`,
        });
    });
    q.themes.forEach((id, j) => {
      if (!themes.has(id))
        errors.push({ path: `questions.${i}.themes.${j}`, message: `Unknown theme "${id}"${of}` });
    });
    if (!help.has(q.help))
      errors.push({ path: `questions.${i}.help`, message: `Unknown help "${q.help}"${of}` });
    const kind = q.referral?.partnerKind;
    if (kind !== undefined && !targets.has(kind))
      errors.push({
        path: `questions.${i}.referral.partnerKind`,
        message: `Unknown referral target "${kind}"${of}`,
      });
    if (q.notHelpedReason !== undefined && reasons.size > 0 && !reasons.has(q.notHelpedReason))
      errors.push({
        path: `questions.${i}.notHelpedReason`,
        message: `Unknown reason "${q.notHelpedReason}"${of}`,
      });
    for (const [question, answer] of Object.entries(q.followUp ?? {})) {
      const answers = followUps.get(question);
      if (!answers)
        errors.push({
          path: `questions.${i}.followUp.${question}`,
          message: `Unknown follow-up question "${question}"${of}`,
        });
      else if (!answers.has(answer))
        errors.push({
          path: `questions.${i}.followUp.${question}`,
          message: `Unknown answer "${answer}" to "${question}"${of}`,
        });
    }
  });
  return errors;
}

/** The zone whose calendar day decides whether a visit's date lies in the future. */
const SERVICE_ZONE = 'Europe/Amsterdam';

/**
 * Refuses a visit dated after today (in the Netherlands). An earlier date is fine however old:
 * the outbox may deliver days late, and the form's 14-day limit is the form's to keep.
 */
/**
 * A visit registered at a coordinator's outreach session (`outreach.sessionId`) names a session
 * that exists and was held by the registration's location; a name alone is not checked.
 */
async function assertOutreachSession(
  db: RouteDeps['db'],
  reg: Pick<QuestionRegistration, 'locationId' | 'outreach'>,
): Promise<void> {
  const id = reg.outreach?.sessionId;
  if (id === undefined) return;
  const session = await getOutreachSession(db, id);
  if (!session)
    throw validationProblem([
      { path: 'outreach.sessionId', message: `No outreach session has the id "${id}"` },
    ]);
  if (session.locationId !== reg.locationId)
    throw validationProblem([
      {
        path: 'outreach.sessionId',
        message: `Outreach session "${id}" belongs to another location than "${reg.locationId}"`,
      },
    ]);
}

function assertNotInFuture(date: string, at: Date): void {
  const today = civilDate(at, SERVICE_ZONE);
  if (date > today)
    throw new HttpProblem('validation', `date: ${date} is after today (${today})`, {
      status: 422,
      extensions: {
        errors: [
          {
            path: 'date',
            message: `A visit cannot be registered before it happens: ${date} is after today (${today})`,
          },
        ],
      },
    });
}

/**
 * Refuses a registration for a location the device may not register for. A device registers for
 * its own location or, for a visit elsewhere (another branch, afterwards), for another location
 * of the same library organisation; never for another organisation's.
 */
function assertMayRegisterAt(
  device: Device,
  locationId: string,
  locations: ReadonlyMap<string, Location>,
): void {
  const own = device.locationId!;
  if (locationId === own) return;
  const fold = (text: string) => text.trim().toLowerCase();
  const home = locations.get(own);
  const there = locations.get(locationId);
  if (home && there && fold(home.organisation) === fold(there.organisation)) return;
  throw new HttpProblem(
    'forbidden',
    there
      ? `This device is enrolled for location "${own}" and may register for the locations of its own library organisation${home ? ` (${home.organisation})` : ''}; "${locationId}" belongs to ${there.organisation}`
      : `This device is enrolled for location "${own}"; "${locationId}" is not a location of its library organisation`,
  );
}

/** `GET /v1/registrations.csv`: a fixed period (`period`), or `month` as before. */
const CsvQuerySchema = z.object({
  period: z.optional(StatsPeriodKeySchema),
  month: z.optional(
    ServiceMonthSchema.check(z.describe('The month, YYYY-MM (the same as `period` with a month)')),
  ),
  location: z.optional(SlugSchema),
  separator: z.optional(
    z
      .enum(['semicolon', 'comma'])
      .check(
        z.describe(
          'The field separator: `semicolon` (default; what Excel and LibreOffice set to Dutch split a double-clicked file on) or `comma`',
        ),
      ),
  ),
  lang: z.optional(
    z
      .enum(['nl', 'en'])
      .check(
        z.describe(
          'The language of the header row and the category names: `nl` (default) or `en` (the page language)',
        ),
      ),
  ),
});

/** Free date ranges are refused by name: they could be subtracted to reveal a small count. */
function refuseFreeRanges(query: Record<string, string>): void {
  const asked = ['from', 'to', 'start', 'end'].filter((k) => k in query);
  if (asked.length > 0)
    throw validationProblem(
      asked.map((path) => ({
        path,
        message:
          'Statistics are given for fixed periods only: ask for a week (period=2026-W47), month (2026-11), quarter (2026-Q4) or year (2026)',
      })),
    );
}

/** The scope of the token on a request. */
function scopeOf(device: Device): StatsScope {
  return device.scope === 'location'
    ? { kind: 'location', locationId: device.locationId! }
    : { kind: device.scope, name: device.scopeName! };
}

/** Statistics of the token's scope; a `location` outside it is 403. */
async function statsOfRequest(
  deps: RouteDeps,
  device: Device,
  filter: { period: string; location?: string | undefined },
) {
  const scope = scopeOf(device);
  try {
    return await scopeStats(
      deps.db,
      scope,
      {
        period: filter.period,
        ...(filter.location !== undefined ? { location: filter.location } : {}),
      },
      { at: deps.now(), ...(deps.statsProtection ? { protection: deps.statsProtection } : {}) },
    );
  } catch (error) {
    if (error instanceof RangeError && filter.location !== undefined)
      throw new HttpProblem(
        'forbidden',
        `Location "${filter.location}" is not in this token's scope`,
      );
    throw error;
  }
}

/** The staff routes: enrolment, registrations and their statistics. */
export function staffRoutes(deps: RouteDeps): AnyRoute[] {
  const enrol = defineRoute({
    method: 'post',
    path: '/v1/enrolments',
    operationId: 'enrol',
    summary: 'Enrol a device with a one-time code',
    description:
      'Exchanges a short enrolment code for a revocable token: a device token scoped to one location (code from `idokit-server enrol-code`), or a read-only report token scoped to a library organisation or municipality (`idokit-server report-code`), as `scope` says. Codes are single-use and expire. `deviceLabel` names the desk in `idokit-server devices list` ("Balie 1", at most 40 characters, no personal data); without one a device is named after its location and a number ("Zwolle Centrum 2"). The answer repeats the label.',
    tag: 'Staff',
    access: 'staff',
    rateLimit: 'enrolment',
    maxBodyBytes: 2 * 1024,
    body: EnrolmentRequestSchema,
    bodySchemaName: 'EnrolmentRequest',
    responses: {
      201: { description: 'The device token; keep it, it is shown once', schema: 'Enrolment' },
      400: problem('The body is not valid (`validation`)'),
      401: problem('The code is unknown, used or expired (`unauthorized`)'),
      413: problem('The body is too large (`payload-too-large`)'),
      422: problem(
        'The device label contains personal data (`personal-data`); a label longer than 40 characters is a `validation` problem (400)',
      ),
      429: problem('Too many attempts (`rate-limited`); see `Retry-After`'),
    },
    handler: async (c, { body }) => {
      assertNoPersonalData(body.deviceLabel, 'device label');
      const enrolment = await redeemEnrolmentCode(deps.db, body.code, {
        at: deps.now(),
        ...(body.deviceLabel ? { deviceLabel: body.deviceLabel } : {}),
      });
      if (!enrolment)
        throw new HttpProblem(
          'unauthorized',
          'This enrolment code is unknown, has been used or has expired. Ask for a new code.',
        );
      deps.logger.info('device enrolled', {
        device: enrolment.deviceId,
        scope: enrolment.scope,
        ...(enrolment.locationId ? { location: enrolment.locationId } : {}),
      });
      return c.json(enrolment, 201, { 'Cache-Control': 'no-store' });
    },
  });

  const revokeSelf = defineRoute({
    method: 'post',
    path: '/v1/devices/self/revoke',
    operationId: 'revokeDevice',
    summary: "Revoke this device's own token",
    description:
      'For a device that is being forgotten ("Dit apparaat vergeten"): the token that authenticates this request is revoked at once, as `idokit-server devices revoke` does, and `devices list` shows the device as revoked. No body. Any later call with the token, this one included, is refused with 401 (`token-revoked`), so a repeated request changes nothing. A report token may revoke itself too.',
    tag: 'Staff',
    access: 'staff',
    auth: true,
    reportAccess: true,
    responses: {
      204: { description: 'Revoked; the token no longer works' },
      ...AUTH_PROBLEMS,
    },
    handler: async (c) => {
      const device = c.get('device');
      await revokeDevice(deps.db, device.id, deps.now());
      deps.logger.info('device revoked itself', { device: device.id });
      return c.body(null, 204, { 'Cache-Control': 'no-store' });
    },
  });

  const register = defineRoute({
    method: 'post',
    path: '/v1/registrations',
    operationId: 'submitRegistration',
    summary: 'Register a visit',
    description:
      'Idempotent by registration id: the first write answers 201, the same body again 200 with the same receipt (`replayed: true`), another body under the same id 409. A note or outreach name with personal data is refused (422) naming the kind of finding; the text is never echoed or logged.\n\n' +
      "**Where.** `locationId` is the device's own location or another location of the same library organisation (a visit at another branch); another organisation's location is 403. A visit at an outreach session (a community centre, a pop-up) carries `outreach.name` and counts under `locationId`, the location that held the session; `outreach.sessionId`, when given, must name a coordinator's outreach session held by `locationId` (`GET /v1/outreach`), else 400 with the path `outreach.sessionId`.\n\n" +
      "**When.** `date` may lie in the past however far, since the outbox can deliver days late; a date after today (Europe/Amsterdam) is refused (422). The form's rule that a visit is registered within 14 days is kept by the form, not here. Statistics count a visit in the period of its `date`, not of its arrival.\n\n" +
      '**Corrections and withdrawals.** A correction is a new registration that `supersedes` an earlier one of the same location; a withdrawal is one with `withdrawn: true` that repeats the content of the one it supersedes. The superseded registration no longer counts, a withdrawal counts nowhere, and the latest of a chain decides (a correction of a withdrawal counts again).\n\n' +
      '**Categories.** Every id (organisations, themes, help, referral target `referral.partnerKind`, not-helped reason, channel, `durationMinutes`, follow-up answers `followUp`) is checked against the categories version the registration names (`categoriesVersion`), else the version in force on its `date` (`GET /v1/categories`); an unknown id or version is a 400 naming the field. Older clients may leave `categoriesVersion` out: the server records the version it checked against. Statistics count ids of earlier versions under the ids that replaced them.',
    tag: 'Staff',
    access: 'staff',
    auth: true,
    rateLimit: 'registration',
    maxBodyBytes: 16 * 1024,
    body: QuestionRegistrationSchema,
    bodySchemaName: 'QuestionRegistrationInput',
    headers: [
      {
        name: 'Idempotency-Key',
        description: 'The registration id (optional; when sent it must equal the body `id`)',
        schema: { type: 'string', format: 'uuid' },
      },
    ],
    responses: {
      200: {
        description: 'A replay: already stored, the original receipt',
        schema: 'RegistrationReceipt',
      },
      201: { description: 'Stored', schema: 'RegistrationReceipt' },
      400: problem(
        'The body is not valid, uses ids or a `categoriesVersion` the categories do not know, or an `outreach.sessionId` that names no session of `locationId` (`validation`)',
      ),
      ...AUTH_PROBLEMS,
      403: problem(
        "The registration is for a location outside the device's library organisation (`forbidden`)",
      ),
      409: problem('Another registration with this id exists (`conflict`)'),
      413: problem('The body is too large (`payload-too-large`)'),
      422: problem(
        'The note or outreach name contains personal data (`personal-data`, with `kinds` and `field`), `date` is after today in Europe/Amsterdam, or `supersedes` names no earlier registration of this location (`validation`, with `errors`)',
      ),
      429: problem('Too many requests (`rate-limited`); see `Retry-After`'),
    },
    handler: async (c, { body }) => {
      const device = c.get('device');
      const key = c.req.header('Idempotency-Key');
      if (key !== undefined && key.trim().toLowerCase() !== body.id.toLowerCase())
        throw validationProblem([
          { path: 'Idempotency-Key', message: 'Must equal the registration id' },
        ]);
      // Report tokens never get here (403 before the handler): this is a device.
      const snapshot = await deps.catalog.current();
      assertMayRegisterAt(device, body.locationId, snapshot.locationsById);
      assertNotInFuture(body.date, deps.now());
      assertNoPersonalData(body.note, 'note');
      assertNoPersonalData(body.outreach?.name, 'outreach name');
      const categories = categoriesOf(body, snapshot.categories);
      const unknown = unknownCategories(body, categories);
      if (unknown.length > 0) throw validationProblem(unknown);
      await assertOutreachSession(deps.db, body);
      const result = await storeRegistration(deps.db, body, {
        deviceId: device.id,
        at: deps.now(),
        categoriesVersion: categories.version,
      });
      if (result.kind === 'conflict')
        throw new HttpProblem(
          'conflict',
          'A different registration with this id is already stored. Use a new id; to correct a registration, send a new one with `supersedes`.',
        );
      if (result.kind === 'bad-supersedes')
        throw new HttpProblem('validation', `supersedes: ${result.message}`, {
          status: 422,
          extensions: { errors: [{ path: 'supersedes', message: result.message }] },
        });
      return c.json(result.receipt, result.kind === 'created' ? 201 : 200, {
        'Cache-Control': 'no-store',
      });
    },
  });

  const READ_PROBLEMS = {
    400: problem('A parameter is not valid, or a free date range was asked (`validation`)'),
    ...AUTH_PROBLEMS,
    403: problem("`location` is not in the token's scope (`forbidden`)"),
  };

  const stats = defineRoute({
    method: 'get',
    path: '/v1/registrations/stats',
    operationId: 'getRegistrationStats',
    summary: 'Counts for a fixed period',
    description:
      'Registrations of one fixed calendar period (`period`: week `2026-W47`, month `2026-11`, quarter `2026-Q4` or year `2026`; never a free date range), per category: of the device token\'s location, or, for a read-only report token, of every location of its organisation or municipality and their total (`byLocation`), or of one `location` in it. A quarter or year also has its months (`periods`). Every count is protected by the cell-key method: it is the true count plus a noise of at most `protection.maxNoise` (2) drawn from a fixed table by the key of the records in the cell, so the same records always give the same number (whichever scope or period asks) and different cells independent noise; parts need not add up to their total. A count is always a number (`"<5"` and `"x"` are no longer sent). Breakdowns are given once the period has settled (`settled`, from `settledOn`: 15 days after its end, since visits can be registered up to 14 days afterwards); until then only the totals. See docs/statistics.md.',
    tag: 'Staff',
    access: 'staff',
    auth: true,
    reportAccess: true,
    query: RegistrationStatsFilterSchema,
    responses: {
      200: { description: 'The counts', schema: 'RegistrationStats' },
      ...READ_PROBLEMS,
    },
    handler: async (c, { query }) => {
      refuseFreeRanges(c.req.query());
      const body = await statsOfRequest(deps, c.get('device'), query);
      return c.json(body, 200, { 'Cache-Control': 'private, no-store' });
    },
  });

  const csv = defineRoute({
    method: 'get',
    path: '/v1/registrations.csv',
    operationId: 'exportRegistrationsCsv',
    summary: 'A period in the national categories (CSV)',
    description:
      "One row per category of the national IDO form with its count for the period, ready to open by double-click in Excel or LibreOffice set to Dutch and to copy a month into the Bibliotheekmonitor: UTF-8 with a byte-order mark, `;`-separated (`separator=comma` for `,`), CRLF line ends, a header row in `lang` (`periode;locatie;locatienaam;onderdeel;categorie;categorienaam;aantal`; in English `period,location,location_name,dimension,category,label,count`), each id beside its name (the location's name beside its id, the category's name beside its id). For a report token each location of its scope, then their total (`location` = `totaal`). The counts are those of the statistics: perturbed by the cell-key method, breakdowns once the period has settled. A text that could start a spreadsheet formula (`=`, `+`, `-`, `@`, a tab or carriage return) starts with `'`.",
    tag: 'Staff',
    access: 'staff',
    auth: true,
    reportAccess: true,
    query: CsvQuerySchema,
    responses: {
      200: { description: 'The CSV (UTF-8 with a byte-order mark)', contentType: 'text/csv' },
      ...READ_PROBLEMS,
    },
    handler: async (c, { query }) => {
      refuseFreeRanges(c.req.query());
      const period = query.period ?? query.month;
      if (!period)
        throw validationProblem([
          {
            path: 'period',
            message: 'Say which period: period=2026-11 (or a week, quarter or year)',
          },
        ]);
      const device = c.get('device');
      const body = await statsOfRequest(deps, device, { period, location: query.location });
      const snapshot = await deps.catalog.current();
      const who = (query.location ?? device.locationId ?? device.scopeName ?? 'ido')
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, '-');
      const csv = registrationStatsCsv(body, snapshot.taxonomy, {
        separator: query.separator === 'comma' ? ',' : ';',
        lang: query.lang ?? 'nl',
      });
      return c.body(csv, 200, {
        'Content-Type': 'text/csv; charset=utf-8; header=present',
        'Content-Disposition': `attachment; filename="${who.startsWith('ido-') ? who : `ido-${who}`}-${period}.csv"`,
        'Cache-Control': 'private, no-store',
      });
    },
  });

  return [enrol, revokeSelf, register, stats, csv];
}
