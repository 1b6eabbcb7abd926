import type { OutreachSession, OutreachSessionInput } from '@idokit/sdk';
import type { DeviceRow, StoredRow } from '@idokit/server/testing';
import { executeServerCommand } from '@web/test-runner-commands';

/** A device as the server lists it (`idokit-server devices list`). */
export type ServerDevice = DeviceRow;

/** A registration as the server stored it. */
export type StoredRegistration = StoredRow;

/**
 * The real IDO Kit server of the browser tests (Hono on PGlite in memory, the SDK's fixture
 * feed), started by the `ido-server` plugin in web-test-runner.config.mjs on first use and
 * shared by every test file of the run. Test-only.
 */
export const idoServer = {
  /** The server's base URL, for `api="…"`. */
  async url(): Promise<string> {
    return (await command<{ baseUrl: string }>()).baseUrl;
  },
  /** A fresh one-time enrolment code (`expired`: one that expired an hour ago). */
  async enrolmentCode(locationId: string, options: { expired?: boolean } = {}): Promise<string> {
    return (await command<{ code: string }>({ cmd: 'enrolCode', locationId, ...options })).code;
  },
  /**
   * The coordinator's server (issue 21): a second server with the same fixture feed, so that what
   * the coordinator's tests change never reaches the resident elements' tests running beside
   * them. Its base URL, for `<ido-coordinator api="…">`. Tests of different files running at once
   * keep apart by organisation (e.g. one file Utrecht, another Zwolle).
   */
  async coordinatorUrl(): Promise<string> {
    return (await command<{ baseUrl: string }>({ cmd: 'coordinatorServer' })).baseUrl;
  },
  /**
   * A fresh one-time coordinator sign-in code for a library organisation on the coordinator's
   * server, as `idokit-server coordinator-code --organisation NAME` prints it.
   */
  async coordinatorCode(
    organisation: string,
    options: { label?: string; mayImportCategories?: boolean; expired?: boolean } = {},
  ): Promise<string> {
    return (await command<{ code: string }>({ cmd: 'coordinatorCode', organisation, ...options }))
      .code;
  },
  /**
   * Adds (or replaces by id) an outreach session on the residents' server (issue 21), as the
   * coordinator's API would, with a revision bump: the catalog reloads within a second, so wait
   * for the element to show it. Remove it again when the test ends
   * ({@link idoServer.removeOutreachSession}): the server is shared by every test file.
   */
  async outreachSession(session: OutreachSessionInput): Promise<OutreachSession> {
    return (await command<{ session: OutreachSession }>({ cmd: 'outreachSession', session }))
      .session;
  },
  /** Removes an outreach session added by {@link idoServer.outreachSession}. */
  async removeOutreachSession(id: string): Promise<void> {
    await command({ cmd: 'removeOutreachSession', id });
  },
  /** Revokes a device's token, as `idokit-server devices revoke` does. */
  async revoke(deviceId: string): Promise<void> {
    await command({ cmd: 'revoke', deviceId });
  },
  /** The devices of a location, newest first, as `idokit-server devices list` shows them. */
  async devices(locationId: string): Promise<ServerDevice[]> {
    return (await command<{ rows: ServerDevice[] }>({ cmd: 'devices', locationId })).rows;
  },
  /** Visits the server counts for a location (the stats query: exact, before perturbation). */
  async visits(locationId: string, from = '2000-01-01', to = '2100-12-31'): Promise<number> {
    return (await command<{ visits: number }>({ cmd: 'visits', locationId, from, to })).visits;
  },
  /** Every stored registration of a location, oldest first. */
  async registrations(locationId: string): Promise<StoredRegistration[]> {
    return (await command<{ rows: StoredRegistration[] }>({ cmd: 'registrations', locationId }))
      .rows;
  },
  /** Cuts (`true`) or restores the browser's connection to the server. */
  async offline(offline: boolean): Promise<void> {
    await command({ cmd: 'network', offline });
  },
  /** Delays every answer of the server by `ms` on its way back (0: none), as a slow network. */
  async latency(ms: number): Promise<void> {
    await command({ cmd: 'network', latencyMs: ms });
  },
};

async function command<T>(payload?: Record<string, unknown>): Promise<T> {
  // The server answers `{ starting: true }` until it is up (a cold PGlite on a busy machine).
  for (let tries = 0; tries < 60; tries++) {
    const result = await executeServerCommand<T | { starting: true }, typeof payload>(
      'ido-server',
      payload,
    );
    if (result === undefined) throw new Error('the ido-server plugin is not configured');
    if (!(result && typeof result === 'object' && 'starting' in result)) return result as T;
  }
  throw new Error('the test server did not start within 5 minutes');
}
