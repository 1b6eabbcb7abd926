import { IdoNetworkError } from './ido-network-error.js';
import { isIdoError } from './ido-error.js';

/**
 * The server's setting that lists the web pages' origins allowed to make staff calls from a
 * browser: `IDOKIT_ALLOWED_ORIGINS` (command line: `--allowed-origins`).
 */
export const ALLOWED_ORIGINS_SETTING = 'IDOKIT_ALLOWED_ORIGINS';

/**
 * The server answered, but not to this page: the browser refused to show the answer because the
 * server does not allow the page's origin (CORS). Browsers report such a refusal exactly as a
 * lost connection (a bare `TypeError`); the SDK tells them apart by asking the same server again
 * without CORS (`mode: 'no-cors'`), which succeeds — unreadably — whenever the server can be
 * reached. The server's administrator adds {@link IdoOriginError.origin} to
 * {@link IdoOriginError.setting}. Like any network error, trying again later is fine (a staff
 * registration stays in the outbox).
 */
export class IdoOriginError extends IdoNetworkError {
  override name = 'IdoOriginError';
  override readonly code = 'origin-not-allowed' as const;
  /** The page's origin that the server refused (`https://www.bibliotheek.example`). */
  readonly origin: string;
  /** The server setting to add it to. @default 'IDOKIT_ALLOWED_ORIGINS' */
  readonly setting: string;

  constructor(url: string, origin: string, options?: { cause?: unknown; setting?: string }) {
    super(url, options);
    this.origin = origin;
    this.setting = options?.setting ?? ALLOWED_ORIGINS_SETTING;
    this.message = `The server at ${this.url} does not allow calls from ${origin}: add ${origin} to the server's ${this.setting}`;
  }
}

/** True for an {@link IdoOriginError}, across realms and duplicated copies of the SDK. */
export const isIdoOriginError = (value: unknown): value is IdoOriginError =>
  isIdoError(value) && value.code === 'origin-not-allowed';
