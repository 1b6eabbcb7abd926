// A real IDO Kit server for browser tests (@web/test-runner): PGlite in memory with the SDK's
// fixture feed, open to any origin, limits off. Started as a child process by
// packages/widgets/web-test-runner.config.mjs on first use; answers control commands over IPC
// (make an enrolment or coordinator code, add or remove an outreach session, revoke or list
// devices, count what was stored) so tests can check the server's side of what they did in the
// browser.
import { createCoordinatorCode } from '../auth/coordinator.js';
import { createEnrolmentCode, listDevices, revokeDevice } from '../auth/devices.js';
import { OutreachSessionSchema, type OutreachSessionInput } from '@idokit/sdk';
import { bumpRevision } from '../data/dataset.js';
import { deleteOutreachSession, insertOutreachSessions } from '../data/outreach.js';
import { countStatsUnits } from '../stats/stats.js';
import { startTestServer } from './harness.js';

/** A control command from the test runner. */
export type ControlCommand =
  | { cmd: 'enrolCode'; locationId: string; ttlMs?: number; expired?: boolean }
  | { cmd: 'revoke'; deviceId: string }
  | { cmd: 'devices'; locationId: string }
  | { cmd: 'visits'; locationId: string; from: string; to: string }
  | { cmd: 'registrations'; locationId: string }
  | { cmd: 'coordinatorServer' }
  | { cmd: 'outreachSession'; session: OutreachSessionInput }
  | { cmd: 'removeOutreachSession'; id: string }
  | {
      cmd: 'coordinatorCode';
      organisation: string;
      label?: string;
      mayImportCategories?: boolean;
      expired?: boolean;
    };

/** A device as `idokit-server devices list` shows it, as tests see it. */
export interface DeviceRow {
  id: string;
  label: string | null;
  /** When the device was revoked (ISO), or `null` while it is active. */
  revokedAt: string | null;
}

/** A stored registration as tests see it. */
export interface StoredRow {
  id: string;
  supersedes: string | null;
  /** A withdrawal of the registration it supersedes. */
  withdrawn: boolean;
  note: string | null;
  /** The outreach session's name and id, when the visit was at one. */
  outreachName: string | null;
  outreachSessionId: string | null;
  channel: string;
  date: string;
  hour: number;
  questions: {
    themes: string[];
    organisations: string[];
    help: string;
    partnerId: string | null;
    partnerKind: string | null;
    warm: boolean | null;
  }[];
}

const server = await startTestServer({ allowedOrigins: ['*'] });
/**
 * A second server, for the coordinator's tests (issue 21): they change locations, partners and
 * outreach sessions, which would change what the resident elements' tests running beside them
 * see. Started on first use; reached directly (no relay).
 */
let sandbox: ReturnType<typeof startTestServer> | undefined;
const coordinatorServer = () => (sandbox ??= startTestServer({ allowedOrigins: ['*'] }));

async function handle(command: ControlCommand): Promise<unknown> {
  switch (command.cmd) {
    case 'enrolCode': {
      const ttlMs = command.ttlMs ?? 3_600_000;
      const at = command.expired ? new Date(Date.now() - 2 * ttlMs) : new Date();
      const made = await createEnrolmentCode(server.db, command.locationId, { at, ttlMs });
      return { code: made.code };
    }
    case 'coordinatorServer':
      return { baseUrl: (await coordinatorServer()).baseUrl };
    case 'coordinatorCode': {
      // As `idokit-server coordinator-code` makes it (the CLI's own function), on the
      // coordinator's server.
      const ttlMs = 3_600_000;
      const at = command.expired ? new Date(Date.now() - 2 * ttlMs) : new Date();
      const made = await createCoordinatorCode((await coordinatorServer()).db, {
        organisation: command.organisation,
        label: command.label ?? 'Coördinator',
        mayImportCategories: command.mayImportCategories ?? false,
        at,
        ttlMs,
      });
      return { code: made.code };
    }
    case 'outreachSession': {
      // As the coordinator's API stores one: with a revision bump, so every catalog reloads.
      const session = OutreachSessionSchema.parse(command.session);
      await server.db.transaction(async (tx) => {
        await insertOutreachSessions(tx, [session]);
        await bumpRevision(tx);
      });
      return { session };
    }
    case 'removeOutreachSession': {
      const removed = await server.db.transaction(async (tx) => {
        const existed = await deleteOutreachSession(tx, command.id);
        await bumpRevision(tx);
        return existed;
      });
      return { removed };
    }
    case 'revoke':
      return { revoked: await revokeDevice(server.db, command.deviceId, new Date()) };
    case 'devices': {
      const devices = await listDevices(server.db, command.locationId);
      const rows: DeviceRow[] = devices.map((d) => ({
        id: d.id,
        label: d.label,
        revokedAt: d.revokedAt?.toISOString() ?? null,
      }));
      return { rows };
    }
    case 'visits': {
      // Exact counts (before perturbation): corrections replace what they supersede.
      const units = await countStatsUnits(server.db, {
        locationIds: [command.locationId],
        unit: 'month',
        from: command.from,
        to: command.to,
      });
      let visits = 0;
      for (const unit of units) visits += unit.visits;
      return { visits };
    }
    case 'registrations': {
      const { rows } = await server.db.query<StoredRow>(
        `SELECT r.id::text AS id, r.supersedes::text AS supersedes, r.withdrawn, r.note,
                r.outreach_name AS "outreachName", r.outreach_session_id AS "outreachSessionId",
                r.channel,
                r.visit_date::text AS date, r.hour,
                coalesce(json_agg(json_build_object(
                  'themes', q.themes, 'organisations', q.organisations, 'help', q.help,
                  'partnerId', q.referral_partner_id, 'partnerKind', q.referral_partner_kind,
                  'warm', q.referral_warm) ORDER BY q.position), '[]') AS questions
         FROM registrations r JOIN registration_questions q ON q.registration_id = r.id
         WHERE r.location_id = $1 GROUP BY r.id ORDER BY r.received_at, r.id`,
        [command.locationId],
      );
      return { rows };
    }
  }
}

process.on('message', (message: { id: number; command: ControlCommand }) => {
  handle(message.command).then(
    (result) => process.send!({ id: message.id, result }),
    (error: unknown) => process.send!({ id: message.id, error: String(error) }),
  );
});
process.on('disconnect', () => {
  const closing = [server.close(), sandbox?.then((s) => s.close())];
  void Promise.allSettled(closing).finally(() => process.exit(0));
});
process.send!({ ready: server.baseUrl });
