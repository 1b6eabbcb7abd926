import {
  describePersonalData,
  EnrolmentRequestSchema,
  findPersonalData,
  QuestionRegistrationSchema,
  RegistrationStatsFilterSchema,
  ServiceMonthSchema,
  type PersonalDataKind,
  type QuestionRegistration,
  type Taxonomy,
} from '@idokit/sdk';
import * as z from 'zod/mini';
import { redeemEnrolmentCode } from '../auth/devices.js';
import { storeRegistration } from '../data/registrations.js';
import { HttpProblem, validationProblem, type FieldError } from '../http/problem.js';
import { defineRoute, type AnyRoute } from '../openapi/route.js';
import { countStats, statsCsv, toRegistrationStats } from '../stats/stats.js';
import type { RouteDeps } from './deps.js';

const problem = (description: string) => ({ description, schema: 'Problem' });
const AUTH_PROBLEMS = {
  401: problem('No, an unknown or a revoked device token (`unauthorized`, `token-revoked`)'),
};

/** The most days one stats request may span (day rows for three years). */
const MAX_STATS_DAYS = 1100;

/** Refuses text with personal data, naming the kinds found and never the text itself. */
function assertNoPersonalData(text: string | undefined, field: string): void {
  if (!text) return;
  const kinds = [...new Set(findPersonalData(text).map((f) => f.kind))] as PersonalDataKind[];
  if (kinds.length === 0) return;
  throw new HttpProblem(
    'personal-data',
    `The ${field} contains ${describePersonalData(kinds, 'en')}. Remove it and send again: notes must not identify a visitor.`,
    { extensions: { kinds, field } },
  );
}

/** Ids used by a registration that the taxonomy does not know. */
function unknownCategories(reg: QuestionRegistration, taxonomy: Taxonomy): FieldError[] {
  const organisations = new Set(taxonomy.organisations.map((o) => o.id));
  const themes = new Set(taxonomy.themes.map((t) => t.id));
  const reasons = new Set(taxonomy.notHelpedReasons.map((r) => r.id));
  const errors: FieldError[] = [];
  reg.questions.forEach((q, i) => {
    q.organisations.forEach((id, j) => {
      if (!organisations.has(id))
        errors.push({
          path: `questions.${i}.organisations.${j}`,
          message: `Unknown organisation "${id}"`,
        });
    });
    q.themes.forEach((id, j) => {
      if (!themes.has(id))
        errors.push({ path: `questions.${i}.themes.${j}`, message: `Unknown theme "${id}"` });
    });
    if (q.notHelpedReason !== undefined && reasons.size > 0 && !reasons.has(q.notHelpedReason))
      errors.push({
        path: `questions.${i}.notHelpedReason`,
        message: `Unknown reason "${q.notHelpedReason}"`,
      });
  });
  return errors;
}

const MonthQuerySchema = z.object({
  month: ServiceMonthSchema.check(z.describe('The month, YYYY-MM (2000-01 through 2100-12)')),
});

/** The staff routes: enrolment, registrations and their statistics. */
export function staffRoutes(deps: RouteDeps): AnyRoute[] {
  const enrol = defineRoute({
    method: 'post',
    path: '/v1/enrolments',
    operationId: 'enrol',
    summary: 'Enrol a device with a one-time code',
    description:
      'Exchanges a short enrolment code (made with `idokit-server enrol-code`) for a revocable device token scoped to one location. Codes are single-use and expire.',
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
      422: problem('The device label contains personal data (`personal-data`)'),
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
        location: enrolment.locationId,
      });
      return c.json(enrolment, 201, { 'Cache-Control': 'no-store' });
    },
  });

  const register = defineRoute({
    method: 'post',
    path: '/v1/registrations',
    operationId: 'submitRegistration',
    summary: 'Register a visit',
    description:
      'Idempotent by registration id: the first write answers 201, the same body again 200 with the same receipt (`replayed: true`), another body under the same id 409. A note with personal data is refused (422) naming the kind of finding; the note is never echoed or logged.',
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
      400: problem('The body is not valid, or uses unknown categories (`validation`)'),
      ...AUTH_PROBLEMS,
      403: problem('The registration is for another location than the device (`forbidden`)'),
      409: problem('Another registration with this id exists (`conflict`)'),
      413: problem('The body is too large (`payload-too-large`)'),
      422: problem(
        'The note contains personal data (`personal-data`, with `kinds`), or `supersedes` names no earlier registration of this location (`validation`)',
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
      if (body.locationId !== device.locationId)
        throw new HttpProblem(
          'forbidden',
          `This device is enrolled for location "${device.locationId}", not "${body.locationId}"`,
        );
      assertNoPersonalData(body.note, 'note');
      const snapshot = await deps.catalog.current();
      const unknown = unknownCategories(body, snapshot.taxonomy);
      if (unknown.length > 0) throw validationProblem(unknown);
      const result = await storeRegistration(deps.db, body, {
        deviceId: device.id,
        at: deps.now(),
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

  const stats = defineRoute({
    method: 'get',
    path: '/v1/registrations/stats',
    operationId: 'getRegistrationStats',
    summary: "Counts for the device's location",
    description:
      'Registrations of the location the device token belongs to, per period and per category. Counts from 1 to 4 are reported as "<5", and so is the next-smallest count wherever a single hidden one could otherwise be worked out by subtraction from a total.',
    tag: 'Staff',
    access: 'staff',
    auth: true,
    query: RegistrationStatsFilterSchema,
    responses: {
      200: { description: 'The counts', schema: 'RegistrationStats' },
      400: problem('A parameter is not valid (`validation`)'),
      ...AUTH_PROBLEMS,
    },
    handler: async (c, { query }) => {
      const days = (Date.parse(query.to) - Date.parse(query.from)) / 86_400_000;
      if (days < 0) throw validationProblem([{ path: 'to', message: 'Must not be before "from"' }]);
      if (days >= MAX_STATS_DAYS)
        throw validationProblem([
          { path: 'to', message: `The range may span at most ${MAX_STATS_DAYS} days` },
        ]);
      const filter = { locationId: c.get('device').locationId, ...query };
      const raw = await countStats(deps.db, filter);
      return c.json(toRegistrationStats(raw, filter), 200, {
        'Cache-Control': 'private, no-store',
      });
    },
  });

  const csv = defineRoute({
    method: 'get',
    path: '/v1/registrations.csv',
    operationId: 'exportRegistrationsCsv',
    summary: 'A month in the national categories (CSV)',
    description:
      'One row per category of the national IDO form with its count for the month (`month,location,dimension,category,label,count`), ready to copy into the Bibliotheekmonitor. Hidden counts are "<5", as in the statistics.',
    tag: 'Staff',
    access: 'staff',
    auth: true,
    query: MonthQuerySchema,
    responses: {
      200: { description: 'The CSV', contentType: 'text/csv' },
      400: problem('A parameter is not valid (`validation`)'),
      ...AUTH_PROBLEMS,
    },
    handler: async (c, { query }) => {
      const [year, month] = query.month.split('-').map(Number) as [number, number];
      const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
      const locationId = c.get('device').locationId;
      const raw = await countStats(deps.db, {
        locationId,
        from: `${query.month}-01`,
        to: `${query.month}-${String(last).padStart(2, '0')}`,
        period: 'month',
      });
      const snapshot = await deps.catalog.current();
      return c.body(statsCsv(raw, { locationId, taxonomy: snapshot.taxonomy }), 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="ido-${locationId}-${query.month}.csv"`,
        'Cache-Control': 'private, no-store',
      });
    },
  });

  return [enrol, register, stats, csv];
}
