import {
  AuditEntrySchema,
  AuditLogSchema,
  CategoriesResponseSchema,
  CoordinatorLocationsSchema,
  CoordinatorMeSchema,
  CoordinatorOutreachSchema,
  CoordinatorPartnersSchema,
  CoordinatorSessionSchema,
  CoordinatorSignInRequestSchema,
  CsvImportRequestSchema,
  CsvImportResultSchema,
  DeskCodeRequestSchema,
  DeskCodeSchema,
  DeskSchema,
  DesksSchema,
  EditableSchema,
  LocationEditSchema,
  OutreachSessionEditSchema,
  OutreachSessionSchema,
  OutreachSessionsSchema,
  PartnerEditSchema,
  ReportCodeRequestSchema,
  ReportCodeSchema,
  ReportKeySchema,
  ReportKeysSchema,
  UndoRequestSchema,
  CategoriesSchema,
  EnrolmentRequestSchema,
  EnrolmentSchema,
  FeedSchema,
  GeocodeResultSchema,
  LocationSchema,
  LocationSearchResultSchema,
  PartnerListSchema,
  PartnerSchema,
  QuestionRegistrationSchema,
  RegistrationReceiptSchema,
  RegistrationStatsSchema,
  TaxonomySchema,
} from '@idokit/sdk';
import * as z from 'zod/mini';
import { PROBLEM_BASE, PROBLEMS } from '../http/problem.js';
import type { AnyRoute } from './route.js';

type JsonSchema = Record<string, unknown>;

const REF = (name: string) => `#/components/schemas/${name}`;

/** Response bodies, described as the server writes them. */
const OUTPUT_SCHEMAS: Record<string, z.ZodMiniType> = {
  Feed: FeedSchema,
  Location: LocationSchema,
  Partner: PartnerSchema,
  PartnerList: PartnerListSchema,
  Taxonomy: TaxonomySchema,
  CategoriesResponse: CategoriesResponseSchema,
  Categories: CategoriesSchema,
  LocationSearchResult: LocationSearchResultSchema,
  GeocodeResult: GeocodeResultSchema,
  RegistrationReceipt: RegistrationReceiptSchema,
  RegistrationStats: RegistrationStatsSchema,
  Enrolment: EnrolmentSchema,
  OutreachSession: OutreachSessionSchema,
  OutreachSessions: OutreachSessionsSchema,
  CoordinatorSession: CoordinatorSessionSchema,
  CoordinatorMe: CoordinatorMeSchema,
  CoordinatorLocations: CoordinatorLocationsSchema,
  CoordinatorPartners: CoordinatorPartnersSchema,
  CoordinatorOutreach: CoordinatorOutreachSchema,
  EditableLocation: EditableSchema(LocationSchema),
  EditablePartner: EditableSchema(PartnerSchema),
  EditableOutreachSession: EditableSchema(OutreachSessionSchema),
  Desk: DeskSchema,
  Desks: DesksSchema,
  DeskCode: DeskCodeSchema,
  ReportKey: ReportKeySchema,
  ReportKeys: ReportKeysSchema,
  ReportCode: ReportCodeSchema,
  AuditEntry: AuditEntrySchema,
  AuditLog: AuditLogSchema,
  CsvImportResult: CsvImportResultSchema,
};

/** Request bodies, described as clients may send them (defaults may be left out). */
const INPUT_SCHEMAS: Record<string, z.ZodMiniType> = {
  QuestionRegistrationInput: QuestionRegistrationSchema,
  EnrolmentRequest: EnrolmentRequestSchema,
  CoordinatorSignInRequest: CoordinatorSignInRequestSchema,
  LocationEdit: LocationEditSchema,
  PartnerEdit: PartnerEditSchema,
  OutreachSessionEdit: OutreachSessionEditSchema,
  DeskCodeRequest: DeskCodeRequestSchema,
  ReportCodeRequest: ReportCodeRequestSchema,
  UndoRequest: UndoRequestSchema,
  CsvImportRequest: CsvImportRequestSchema,
  CategoriesImport: CategoriesSchema,
};

const PROBLEM_SCHEMA: JsonSchema = {
  type: 'object',
  description: 'An RFC 9457 problem. `type` is stable per kind of error.',
  properties: {
    type: {
      type: 'string',
      format: 'uri',
      enum: Object.keys(PROBLEMS).map((slug) => PROBLEM_BASE + slug),
    },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    errors: {
      type: 'array',
      description: 'With `validation`: each field that is wrong (the first 20; see `errorCount`)',
      items: {
        type: 'object',
        properties: { path: { type: 'string' }, message: { type: 'string' } },
        required: ['path', 'message'],
      },
    },
    errorCount: {
      type: 'integer',
      description: 'With `validation`: how many fields are wrong in all',
    },
    kinds: {
      type: 'array',
      description: 'With `personal-data`: the kinds of personal data found (never the text)',
      items: { type: 'string' },
    },
  },
  required: ['type', 'title', 'status'],
};

function componentSchemas(
  schemas: Record<string, z.ZodMiniType>,
  io: 'input' | 'output',
): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(schemas)) registry.add(schema, { id });
  const { schemas: out } = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    io,
    uri: REF,
    unrepresentable: 'any',
  }) as { schemas: Record<string, JsonSchema> };
  return Object.fromEntries(
    Object.entries(out).map(([id, schema]) => {
      const { $schema: _s, $id: _i, ...rest } = schema;
      return [id, rest];
    }),
  );
}

/** JSON Schema of one object schema's properties, for query and path parameters. */
function parameterSchemas(
  schema: z.ZodMiniType,
): { name: string; schema: JsonSchema; required: boolean }[] {
  const json = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
  }) as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, s]) => ({
    name,
    schema: s,
    required: (json.required ?? []).includes(name),
  }));
}

/** Info for the document. */
export interface DocumentInfo {
  version: string;
}

/**
 * Builds the OpenAPI 3.1 document from the route table and the SDK's schemas: the same schemas
 * that validate requests here and responses in the SDK.
 */
export function buildOpenApiDocument(routes: readonly AnyRoute[], info: DocumentInfo): JsonSchema {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const parameters = [
      ...(route.params ? parameterSchemas(route.params) : []).map((p) => ({
        name: p.name,
        in: 'path',
        required: true,
        ...(p.schema.description ? { description: p.schema.description } : {}),
        schema: p.schema,
      })),
      ...(route.query ? parameterSchemas(route.query) : []).map((p) => {
        const { description, ...schema } = p.schema;
        return {
          name: p.name,
          in: 'query',
          required: p.required,
          ...(description ? { description } : {}),
          schema,
        };
      }),
      ...(route.headers ?? []).map((h) => ({
        name: h.name,
        in: 'header',
        required: h.required ?? false,
        description: h.description,
        schema: h.schema ?? { type: 'string' },
      })),
      ...(route.cacheable
        ? [
            {
              name: 'If-None-Match',
              in: 'header',
              required: false,
              description: 'An ETag from an earlier answer; 304 when it is still current',
              schema: { type: 'string' },
            },
          ]
        : []),
    ];
    const responses: Record<string, unknown> = {};
    for (const [status, spec] of Object.entries(route.responses)) {
      const code = Number(status);
      const contentType =
        spec.contentType ?? (code >= 400 ? 'application/problem+json' : 'application/json');
      const headers: Record<string, unknown> = {};
      if (route.cacheable && (code === 200 || code === 304)) {
        headers.ETag = { $ref: '#/components/headers/ETag' };
        headers['Cache-Control'] = { $ref: '#/components/headers/CacheControl' };
      }
      if (code === 429) headers['Retry-After'] = { $ref: '#/components/headers/RetryAfter' };
      responses[status] = {
        description: spec.description,
        ...(Object.keys(headers).length ? { headers } : {}),
        ...(spec.schema
          ? { content: { [contentType]: { schema: { $ref: REF(spec.schema) } } } }
          : spec.contentType
            ? { content: { [contentType]: { schema: { type: 'string' } } } }
            : {}),
      };
    }
    if (!responses['500'])
      responses['500'] = {
        description: 'An unexpected error (`internal`); details are in the server log only',
        content: { 'application/problem+json': { schema: { $ref: REF('Problem') } } },
      };
    (paths[route.path] ??= {})[route.method] = {
      operationId: route.operationId,
      summary: route.summary,
      ...(route.description ? { description: route.description } : {}),
      tags: [route.tag],
      ...(route.auth === 'coordinator'
        ? { security: [{ coordinatorKey: [] }] }
        : route.auth
          ? { security: [{ deviceToken: [] }] }
          : {}),
      ...(parameters.length ? { parameters } : {}),
      ...(route.body && route.bodySchemaName
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: { $ref: REF(route.bodySchemaName) } } },
            },
          }
        : {}),
      responses,
    };
  }
  const plain = (summary: string, description: string, content?: Record<string, unknown>) => ({
    get: {
      summary,
      tags: ['Operations'],
      responses: {
        200: { description, ...(content ? { content } : {}) },
        ...(summary.startsWith('Readiness') ? { 503: { description: 'Not ready' } } : {}),
      },
    },
  });
  paths['/v1/openapi.json'] = plain('This document', 'OpenAPI 3.1', {
    'application/json': { schema: { type: 'object' } },
  });
  paths['/docs'] = plain('The API reference as a web page', 'HTML, no script', {
    'text/html': { schema: { type: 'string' } },
  });
  paths['/healthz'] = plain('Liveness', 'The process is up');
  paths['/readyz'] = plain(
    'Readiness',
    'The database answers and is migrated; 503 while shutting down',
  );
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'IDO Kit API',
      version: info.version,
      summary: 'Find an Informatiepunt Digitale Overheid, and register the questions asked there.',
      description:
        'Public, cacheable data about IDO locations, referral partners and the registration taxonomy; and staff endpoints to register visits (anonymously) and read counts. Errors are RFC 9457 problem documents with a stable `type`.',
      license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
    },
    servers: [{ url: '/' }],
    tags: [
      { name: 'Public', description: 'Read-only and cacheable: open to every origin.' },
      { name: 'Staff', description: 'For enrolled IDO devices: only from configured origins.' },
      {
        name: 'Coordinator',
        description:
          "One library organisation's data, edited with a coordinator key: only from configured origins.",
      },
      { name: 'Operations', description: 'Health and readiness for load balancers.' },
    ],
    paths,
    components: {
      schemas: {
        ...componentSchemas(OUTPUT_SCHEMAS, 'output'),
        ...componentSchemas(INPUT_SCHEMAS, 'input'),
        Problem: PROBLEM_SCHEMA,
      },
      securitySchemes: {
        deviceToken: {
          type: 'http',
          scheme: 'bearer',
          description: 'A device token from `POST /v1/enrolments`, scoped to one location.',
        },
        coordinatorKey: {
          type: 'http',
          scheme: 'bearer',
          description:
            'A coordinator key from `POST /v1/coordinator/sign-in`, scoped to one library organisation (issue 21). Its own kind of key: never a device or report token.',
        },
      },
      headers: {
        ETag: { description: 'A strong validator of the body', schema: { type: 'string' } },
        CacheControl: {
          description: '`public, max-age=300` (60 for answers that depend on the current time)',
          schema: { type: 'string' },
        },
        RetryAfter: {
          description: 'Seconds to wait before trying again',
          schema: { type: 'integer' },
        },
      },
    },
  };
}
