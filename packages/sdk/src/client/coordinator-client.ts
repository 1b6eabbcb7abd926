import * as z from 'zod/mini';
import { IdoConflictError } from '../errors/ido-conflict-error.js';
import { IdoError } from '../errors/ido-error.js';
import { isIdoHttpError } from '../errors/ido-http-error.js';
import { IdoValidationError, type ValidationIssue } from '../errors/ido-validation-error.js';
import {
  AuditEntrySchema,
  AuditLogSchema,
  type CoordinatorMe,
  CoordinatorMeSchema,
  type CoordinatorSession,
  CoordinatorSessionSchema,
  type CsvImportResult,
  CsvImportResultSchema,
  type Desk,
  type DeskCode,
  type DeskCodeRequest,
  DeskCodeSchema,
  DeskSchema,
  DesksSchema,
  EditableSchema,
  type LocationEdit,
  type OutreachSessionEdit,
  type PartnerEdit,
  type ReportCode,
  type ReportCodeRequest,
  ReportCodeSchema,
  type ReportKey,
  ReportKeySchema,
  ReportKeysSchema,
  type AuditEntry,
} from '../schemas/coordinator.js';
import { LocationSchema, type Location } from '../schemas/location.js';
import { OutreachSessionSchema, type OutreachSession } from '../schemas/outreach-session.js';
import { PartnerSchema, type Partner } from '../schemas/partner.js';
import { validate } from '../sources/validate.js';
import { HttpTransport, type TransportRequest } from '../sources/http-transport.js';
import type { TokenProvider } from '../sources/http-source.js';

/** How to reach the coordinator's API. */
export interface CoordinatorClientOptions {
  /** The IDO API's base URL; routes are under `/v1/coordinator`. */
  baseUrl: string | URL;
  /** The coordinator key, or a function that reads it at call time (from storage, after sign-in). */
  token?: TokenProvider;
  /** The `fetch` to use. @default globalThis.fetch */
  fetch?: typeof fetch;
  /** Milliseconds to wait for each attempt's answer. @default 10000 */
  timeout?: number;
}

/** A document with the ETag to send back when it is changed. */
export interface Editable<T> {
  etag: string;
  doc: T;
}

/** What the coordinator edits, by the path of its routes. */
export type EditableKind = 'locations' | 'partners' | 'outreach';
interface EditableTypes {
  locations: { doc: Location; edit: LocationEdit };
  partners: { doc: Partner; edit: PartnerEdit };
  outreach: { doc: OutreachSession; edit: OutreachSessionEdit };
}
const DOC_SCHEMAS = {
  locations: LocationSchema,
  partners: PartnerSchema,
  outreach: OutreachSessionSchema,
} as const;

/** One kind of editable document: list, read, save (create or update) and delete. */
export interface EditableCollection<Doc, Edit> {
  list(options?: { signal?: AbortSignal }): Promise<Editable<Doc>[]>;
  get(id: string, options?: { signal?: AbortSignal }): Promise<Editable<Doc>>;
  /**
   * Saves a document: `etag` is the version it was edited from (`If-Match`), or `null` for a new
   * one (`If-None-Match: *`). Rejects with `IdoConflictError` when the server has another version
   * (nothing is overwritten), with `IdoValidationError` naming each bad field.
   */
  save(doc: Edit, etag: string | null): Promise<Editable<Doc>>;
  /** Deletes a document at the version `etag`; `IdoConflictError` when it changed meanwhile. */
  remove(id: string, etag: string): Promise<void>;
}

/**
 * The coordinator's client (issue 21): one library organisation's locations, outreach sessions,
 * partners, desks, report keys, categories and audit log, over `/v1/coordinator`. Every answer is
 * parsed with the SDK's schemas; failures are IDO errors (`IdoConflictError` for an edit that met
 * a newer version, `IdoValidationError` for field problems, `IdoHttpError` for the rest).
 */
export class CoordinatorClient {
  readonly #transport: HttpTransport;
  readonly #token: TokenProvider | undefined;
  readonly locations: EditableCollection<Location, LocationEdit>;
  readonly partners: EditableCollection<Partner, PartnerEdit>;
  readonly outreach: EditableCollection<OutreachSession, OutreachSessionEdit>;

  constructor(options: CoordinatorClientOptions) {
    this.#transport = new HttpTransport({
      prefix: new URL('v1/coordinator/', ensureSlash(String(options.baseUrl))).href,
      ...(options.fetch ? { fetch: options.fetch } : {}),
      ...(options.timeout !== undefined ? { timeout: options.timeout } : {}),
    });
    this.#token = options.token;
    this.locations = this.#collection('locations');
    this.partners = this.#collection('partners');
    this.outreach = this.#collection('outreach');
  }

  /** Exchanges a one-time code (from `idokit-server coordinator-code`) for a coordinator key. */
  async signIn(code: string): Promise<CoordinatorSession> {
    const answer = await this.#send('sign-in', { method: 'post', json: { code } }, false);
    return validate(CoordinatorSessionSchema, JSON.parse(answer.text), 'sign-in answer');
  }

  /** Who the key is: its organisation, label and municipalities. */
  async me(options: { signal?: AbortSignal } = {}): Promise<CoordinatorMe> {
    return this.#json('me', CoordinatorMeSchema, options);
  }

  /** Revokes this key on the server (signing out on a shared computer). */
  async signOut(): Promise<void> {
    await this.#send('sign-out', { method: 'post' });
  }

  /** The organisation's desks, newest first. */
  async desks(options: { signal?: AbortSignal } = {}): Promise<Desk[]> {
    return (await this.#json('desks', DesksSchema, options)).items;
  }

  /** A one-time code for a new desk of a location, with the desk's label. */
  async createDeskCode(request: DeskCodeRequest): Promise<DeskCode> {
    const answer = await this.#send('desk-codes', { method: 'post', json: request });
    return validate(DeskCodeSchema, JSON.parse(answer.text), 'desk code');
  }

  /** Revokes a desk at once: its next request is refused. */
  async revokeDesk(id: string): Promise<Desk> {
    const answer = await this.#send(`desks/${encodeURIComponent(id)}/revoke`, { method: 'post' });
    return validate(DeskSchema, JSON.parse(answer.text), 'desk');
  }

  /** The organisation's report keys (its own and its municipalities'). */
  async reportKeys(options: { signal?: AbortSignal } = {}): Promise<ReportKey[]> {
    return (await this.#json('report-keys', ReportKeysSchema, options)).items;
  }

  /** A one-time code that enrols a read-only report key. */
  async createReportCode(request: ReportCodeRequest): Promise<ReportCode> {
    const answer = await this.#send('report-codes', { method: 'post', json: request });
    return validate(ReportCodeSchema, JSON.parse(answer.text), 'report code');
  }

  /** Revokes a report key at once. */
  async revokeReportKey(id: string): Promise<ReportKey> {
    const answer = await this.#send(`report-keys/${encodeURIComponent(id)}/revoke`, {
      method: 'post',
    });
    return validate(ReportKeySchema, JSON.parse(answer.text), 'report key');
  }

  /** Imports a national categories file (only keys made with `--categories`). */
  async importCategories(categories: unknown): Promise<unknown> {
    const answer = await this.#send('categories', { method: 'post', json: categories });
    return JSON.parse(answer.text) as unknown;
  }

  /** The organisation's audit log, newest first. */
  async audit(options: { limit?: number; signal?: AbortSignal } = {}): Promise<AuditEntry[]> {
    const searchParams = options.limit ? { limit: String(options.limit) } : undefined;
    const answer = await this.#send('audit', {
      ...(searchParams ? { searchParams } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
    return validate(AuditLogSchema, JSON.parse(answer.text), 'audit log').items;
  }

  /** Undoes a change (the organisation's last one); answers the undo's own entry. */
  async undo(id: number): Promise<AuditEntry> {
    const answer = await this.#send('undo', { method: 'post', json: { id } });
    return validate(AuditEntrySchema, JSON.parse(answer.text), 'undo');
  }

  /** Imports locations or partners from CSV text; with `dryRun` only checks and reports. */
  async importCsv(
    kind: 'locations' | 'partners',
    csv: string,
    options: { dryRun?: boolean } = {},
  ): Promise<CsvImportResult> {
    const answer = await this.#send(`import/${kind}`, {
      method: 'post',
      json: { csv, dryRun: options.dryRun ?? false },
    });
    return validate(CsvImportResultSchema, JSON.parse(answer.text), 'import result');
  }

  /** The organisation's locations or partners as CSV, in the import's columns. */
  async exportCsv(kind: 'locations' | 'partners'): Promise<string> {
    return (await this.#send(`export/${kind}.csv`, {})).text;
  }

  /** The organisation's locations, services and partners in Open Referral HSDS 3 (JSON). */
  async exportHsds(): Promise<unknown> {
    return JSON.parse((await this.#send('export/hsds.json', {})).text) as unknown;
  }

  #collection<K extends EditableKind>(
    kind: K,
  ): EditableCollection<EditableTypes[K]['doc'], EditableTypes[K]['edit']> {
    const schema = DOC_SCHEMAS[kind] as unknown as z.ZodMiniType<EditableTypes[K]['doc']>;
    const listSchema = z.object({ items: z.array(EditableSchema(schema)) });
    const path = (id: string) => `${kind}/${encodeURIComponent(id)}`;
    return {
      list: async (options = {}) => (await this.#json(kind, listSchema, options)).items,
      get: async (id, options = {}) => {
        const answer = await this.#send(path(id), options.signal ? { signal: options.signal } : {});
        return {
          etag: answer.etag ?? '',
          doc: validate(schema, JSON.parse(answer.text), kind),
        };
      },
      save: async (doc, etag) => {
        const answer = await this.#send(path((doc as { id: string }).id), {
          method: 'put',
          json: doc,
          headers: etag === null ? { 'If-None-Match': '*' } : { 'If-Match': etag },
        });
        return validate(EditableSchema(schema), JSON.parse(answer.text), kind);
      },
      remove: async (id, etag) => {
        await this.#send(path(id), { method: 'delete', headers: { 'If-Match': etag } });
      },
    };
  }

  async #json<T>(
    path: string,
    schema: z.ZodMiniType<T>,
    options: { signal?: AbortSignal },
  ): Promise<T> {
    const answer = await this.#send(path, options.signal ? { signal: options.signal } : {});
    return validate(schema, JSON.parse(answer.text), path);
  }

  async #send(path: string, request: TransportRequest, authenticated = true) {
    const headers: Record<string, string | undefined> = { ...request.headers };
    if (authenticated) {
      const token = typeof this.#token === 'function' ? await this.#token() : this.#token;
      if (!token) throw new IdoError('not-enrolled', 'Sign in with a coordinator code first.');
      headers.Authorization = `Bearer ${token}`;
    }
    try {
      return await this.#transport.request(path, { ...request, headers });
    } catch (error) {
      throw toCoordinatorError(error);
    }
  }
}

/** A 412 `edit-conflict` becomes an `IdoConflictError`; a 400 `validation` names each field. */
function toCoordinatorError(error: unknown): unknown {
  if (!isIdoHttpError(error)) return error;
  const problem = error.problem ?? {};
  const type = typeof problem.type === 'string' ? problem.type : '';
  if (error.status === 412 && type.endsWith('/edit-conflict'))
    return new IdoConflictError(
      (problem.current as unknown) ?? null,
      typeof problem.currentEtag === 'string' ? problem.currentEtag : null,
      { cause: error },
    );
  if (error.status === 400 && Array.isArray(problem.errors)) {
    const issues: ValidationIssue[] = (
      problem.errors as { path?: unknown; message?: unknown }[]
    ).map((e) => ({
      path:
        typeof e.path === 'string' && e.path
          ? e.path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part))
          : [],
      message: typeof e.message === 'string' ? e.message : 'Not valid',
    }));
    return new IdoValidationError('change', issues, { cause: error });
  }
  return error;
}

const ensureSlash = (url: string) => (url.endsWith('/') ? url : `${url}/`);
