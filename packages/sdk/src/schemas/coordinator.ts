import * as z from 'zod/mini';
import {
  IsoDateSchema,
  IsoDateTimeSchema,
  SlugSchema,
  storableText,
  TextSchema,
} from './common.js';
import { LocationSchema } from './location.js';
import { OutreachSessionSchema } from './outreach-session.js';
import { PartnerSchema } from './partner.js';

/**
 * The coordinator's API (issue 21), `/v1/coordinator/…`: one library organisation's locations,
 * outreach sessions, partners, desks and report keys, edited in a browser with a coordinator key.
 * docs/coordinator.md describes every route; the server validates with these schemas and the SDK's
 * `CoordinatorClient` parses its answers with them.
 */

/** A short label with no personal data: "Balie 1", "Coördinator Centrum". */
const LabelSchema = (max: number, example: string) =>
  z
    .string()
    .check(
      z.trim(),
      z.minLength(1, `Give a short name, such as "${example}"`),
      z.maxLength(max, `At most ${max} characters, such as "${example}"`),
      storableText({ lines: false }),
    );

/** Typed from a note, like an enrolment code. */
const CodeSchema = z
  .string()
  .check(
    z.trim(),
    z.regex(/^[A-Z0-9](?:[ -]?[A-Z0-9]){5,15}$/i, 'Must be the sign-in code you were given'),
  );

/** `POST /v1/coordinator/sign-in`: a one-time code from `idokit-server coordinator-code`. */
export const CoordinatorSignInRequestSchema = z.object({ code: CodeSchema });
export type CoordinatorSignInRequest = z.infer<typeof CoordinatorSignInRequestSchema>;

/** The coordinator key the sign-in answers with: kept in the browser's storage, never in markup. */
export const CoordinatorSessionSchema = z.object({
  keyId: z.string(),
  token: z.string().check(z.minLength(32)),
  organisation: z.string(),
  /** The key's label, as the audit log names it. */
  label: z.string(),
  issuedAt: IsoDateTimeSchema,
});
export type CoordinatorSession = z.infer<typeof CoordinatorSessionSchema>;

/** `GET /v1/coordinator/me`: who the key is and what it may edit. */
export const CoordinatorMeSchema = z.object({
  keyId: z.string(),
  organisation: z.string(),
  label: z.string(),
  /** Only keys made with `--categories` may import the national categories (they are the server's). */
  mayImportCategories: z.boolean(),
  /** The municipalities of the organisation's locations: where its partners and report keys may be. */
  municipalities: z.array(z.string()),
});
export type CoordinatorMe = z.infer<typeof CoordinatorMeSchema>;

/**
 * A location, partner or outreach session as the coordinator writes it (`PUT`): the public
 * document without `updatedAt`, which the server stamps. A location's `organisation` and a
 * partner's `organisation` must be the key's own (or are filled with it when left out).
 */
export const LocationEditSchema = z.extend(LocationSchema, {
  organisation: z.optional(LocationSchema.shape.organisation),
  updatedAt: z.optional(IsoDateTimeSchema),
});
export type LocationEdit = z.input<typeof LocationEditSchema>;

export const PartnerEditSchema = z.extend(PartnerSchema, {
  updatedAt: z.optional(IsoDateTimeSchema),
});
export type PartnerEdit = z.input<typeof PartnerEditSchema>;

export const OutreachSessionEditSchema = z.extend(OutreachSessionSchema, {
  updatedAt: z.optional(IsoDateTimeSchema),
});
export type OutreachSessionEdit = z.input<typeof OutreachSessionEditSchema>;

/**
 * One document of a list, with the ETag to send back as `If-Match` when it is changed. `GET` of a
 * single document answers the document itself with an `ETag` header instead.
 */
export const EditableSchema = <T extends z.ZodMiniType>(doc: T) =>
  z.object({ etag: z.string(), doc });

export const CoordinatorLocationsSchema = z.object({
  items: z.array(EditableSchema(LocationSchema)),
});
export const CoordinatorPartnersSchema = z.object({
  items: z.array(EditableSchema(PartnerSchema)),
});
export const CoordinatorOutreachSchema = z.object({
  items: z.array(EditableSchema(OutreachSessionSchema)),
});

/** An enrolled desk of one of the organisation's locations. */
export const DeskSchema = z.object({
  id: z.string(),
  label: z.nullable(z.string()),
  locationId: SlugSchema,
  createdAt: IsoDateTimeSchema,
  /** The day it last sent a request (a date only: no usage trail). */
  lastUsedOn: z.nullable(IsoDateSchema),
  revokedAt: z.nullable(IsoDateTimeSchema),
});
export type Desk = z.infer<typeof DeskSchema>;
export const DesksSchema = z.object({ items: z.array(DeskSchema) });

/** `POST /v1/coordinator/desk-codes`: a one-time code for a new desk of one location. */
export const DeskCodeRequestSchema = z.object({
  locationId: SlugSchema,
  label: LabelSchema(40, 'Balie 1'),
});
export type DeskCodeRequest = z.infer<typeof DeskCodeRequestSchema>;
export const DeskCodeSchema = z.object({
  code: z.string(),
  locationId: SlugSchema,
  label: z.string(),
  expiresAt: IsoDateTimeSchema,
});
export type DeskCode = z.infer<typeof DeskCodeSchema>;

export const REPORT_KEY_KINDS = ['organisation', 'municipality'] as const;

/** A read-only report key for the organisation or one of its municipalities. */
export const ReportKeySchema = z.object({
  id: z.string(),
  kind: z.enum(REPORT_KEY_KINDS),
  /** The organisation's or the municipality's name. */
  name: z.string(),
  label: z.nullable(z.string()),
  createdAt: IsoDateTimeSchema,
  lastUsedOn: z.nullable(IsoDateSchema),
  revokedAt: z.nullable(IsoDateTimeSchema),
});
export type ReportKey = z.infer<typeof ReportKeySchema>;
export const ReportKeysSchema = z.object({ items: z.array(ReportKeySchema) });

/**
 * `POST /v1/coordinator/report-codes`: a one-time code that enrols a report key (redeemed at
 * `POST /v1/enrolments`, like `idokit-server report-code`). `name` is the municipality for
 * `kind: 'municipality'` and must be one of the organisation's; for the organisation it is left out.
 */
export const ReportCodeRequestSchema = z.object({
  kind: z.enum(REPORT_KEY_KINDS),
  name: z.optional(TextSchema(80)),
  label: z.optional(LabelSchema(40, 'Gemeente Utrecht')),
});
export type ReportCodeRequest = z.infer<typeof ReportCodeRequestSchema>;
export const ReportCodeSchema = z.object({
  code: z.string(),
  kind: z.enum(REPORT_KEY_KINDS),
  name: z.string(),
  expiresAt: IsoDateTimeSchema,
});
export type ReportCode = z.infer<typeof ReportCodeSchema>;

export const AUDIT_ENTITIES = [
  'location',
  'partner',
  'outreach',
  'desk',
  'report-key',
  'categories',
] as const;
export const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'revoke',
  'code',
  'import',
  'undo',
] as const;

/** One change, as the audit log shows it: what, when and which key (its label; no person). */
export const AuditEntrySchema = z.object({
  id: z.number(),
  at: IsoDateTimeSchema,
  keyLabel: z.string(),
  action: z.enum(AUDIT_ACTIONS),
  entity: z.enum(AUDIT_ENTITIES),
  entityId: z.string(),
  /** One line, such as "Gesloten op 2026-12-25 (Kerst)" or "Openingstijden gewijzigd". */
  summary: z.string(),
  /** Whether `POST /v1/coordinator/undo` can undo it now (the organisation's last change, not undone). */
  undoable: z.boolean(),
  /** The entry that undid it. */
  undoneBy: z.nullable(z.number()),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;
export const AuditLogSchema = z.object({ items: z.array(AuditEntrySchema) });

/** `POST /v1/coordinator/undo`: undoes the entry (it must be the organisation's last change). */
export const UndoRequestSchema = z.object({ id: z.number().check(z.int(), z.positive()) });

/** `POST /v1/coordinator/import/{locations|partners}`: a CSV file as text, tried first with `dryRun`. */
export const CsvImportRequestSchema = z.object({
  csv: z.string().check(z.maxLength(1_000_000)),
  dryRun: z._default(z.boolean(), false),
});
export type CsvImportRequest = z.input<typeof CsvImportRequestSchema>;

/** What an import did (or would do): rows and columns with errors, as the CLI reports them. */
export const CsvImportResultSchema = z.object({
  dryRun: z.boolean(),
  created: z.array(z.string()),
  updated: z.array(z.string()),
  errors: z.array(
    z.object({ row: z.number(), column: z.optional(z.string()), message: z.string() }),
  ),
});
export type CsvImportResult = z.infer<typeof CsvImportResultSchema>;
