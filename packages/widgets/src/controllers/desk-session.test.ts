/// <reference types="mocha" />
// DeskSession without any element: a fake client (never the network) whose registration call can
// be taken offline, and the browser's real IndexedDB and Web Locks for the outbox.
import { expect, waitUntil } from '@open-wc/testing';
import {
  IdoHttpError,
  IdoNetworkError,
  type IdoClient,
  type QuestionRegistration,
  type QuestionRegistrationInput,
} from '@idokit/sdk';
import { createFakeClient } from '@idokit/sdk/testing';
import { DeskSession, type DeskObserver } from './desk-session.js';

/** The fake client enrols every device for the fixture feed's first location. */
const HERE = 'ido-utrecht-centrum';
let n = 0;
const used: string[] = [];

/**
 * A fake client whose `submitRegistration` and `revokeDevice` fail like a lost network while
 * `offline`; `log` lists the calls that got through, in order.
 */
function flakyClient() {
  const fake = createFakeClient();
  const link = { offline: true, sent: 0, log: [] as string[] };
  const client: IdoClient = {
    ...fake,
    submitRegistration: (reg, options) => {
      if (link.offline) return Promise.reject(new IdoNetworkError('/v1/registrations'));
      link.sent += 1;
      link.log.push('submit');
      return fake.submitRegistration(reg, options);
    },
    revokeDevice: (options) => {
      if (link.offline) return Promise.reject(new IdoNetworkError('/v1/devices/self/revoke'));
      link.log.push('revoke');
      return fake.revokeDevice(options);
    },
  };
  return { fake, client, link };
}

/** A source of its own (origin, outbox database, enrolment key), enrolled for HERE. */
async function enrolledSession(client: IdoClient, storage?: Storage) {
  const origin = `desk-test-${Date.now()}-${++n}`;
  used.push(origin);
  const session = DeskSession.for({ origin, client, ...(storage ? { storage } : {}) });
  await session.enrol('ABCD-EFGH');
  return { session, origin };
}

function visit(): QuestionRegistrationInput {
  return {
    id: crypto.randomUUID(),
    locationId: HERE,
    date: '2026-11-20',
    hour: 11,
    channel: 'desk',
    durationMinutes: 10,
    questions: [{ type: 'library', organisations: [], themes: [], help: 'informed' }],
  };
}

/** `localStorage` behind another object: a second session, as another tab would have. */
function otherTab(): Storage {
  return {
    get length() {
      return localStorage.length;
    },
    clear: () => localStorage.clear(),
    getItem: (key) => localStorage.getItem(key),
    key: (index) => localStorage.key(index),
    removeItem: (key) => localStorage.removeItem(key),
    setItem: (key, value) => localStorage.setItem(key, value),
  };
}

const online = () => window.dispatchEvent(new Event('online'));
const until = (predicate: () => unknown, message: string) =>
  waitUntil(predicate, message, { timeout: 8000, interval: 20 });

afterEach(async () => {
  for (const origin of used.splice(0)) {
    localStorage.removeItem(`idokit:staff-session:${origin}`);
    await new Promise((resolve) => {
      const request = indexedDB.deleteDatabase(`idokit-outbox ${origin}`);
      request.onsuccess = request.onerror = request.onblocked = resolve;
    });
  }
});

describe('DeskSession', function () {
  this.timeout(20_000);

  it('is shared per source, and keeps the enrolment by the origin', async () => {
    const { client } = flakyClient();
    const { session, origin } = await enrolledSession(client);
    expect(DeskSession.for({ origin, client })).to.equal(session);
    expect(DeskSession.for({ origin, client: createFakeClient() })).not.to.equal(session);
    expect(session.canRegister).to.equal(true);
    expect(JSON.parse(localStorage.getItem(session.storageKey)!).enrolment.locationId).to.equal(
      HERE,
    );
  });

  it('delivers a registration once after the observer that made it has gone, then ends', async () => {
    const { fake, client, link } = flakyClient();
    const { session, origin } = await enrolledSession(client);
    const form: DeskObserver = { announces: true, delivered: () => undefined };
    const stop = session.observe(form);
    session.openOutbox();
    const registration = visit();
    const result = await session.register(registration, { by: form });
    expect(result.state).to.equal('pending');
    await until(() => session.pending === 1, 'the count');
    stop();
    // Nobody observes it, but a registration waits: the session stays and keeps delivering.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(session.ended).to.equal(false);
    link.offline = false;
    online();
    await until(() => fake.registrations.length === 1, 'not delivered');
    expect(fake.registrations[0]!.id).to.equal(registration.id);
    await until(() => session.ended, 'the idle session did not end');
    expect(link.sent).to.equal(1);
    expect(DeskSession.for({ origin, client })).not.to.equal(session);
  });

  it('announces a delivery to the observer that registered it, else to one that announces', async () => {
    const { client, link } = flakyClient();
    link.offline = false;
    const { session } = await enrolledSession(client);
    const heard: string[] = [];
    const observer = (name: string, announces: boolean): DeskObserver => ({
      announces,
      delivered: ({ entry, receipt }, announce) => {
        expect(receipt?.id).to.equal(entry.id);
        if (announce) heard.push(name);
      },
    });
    const stats = observer('stats', false);
    const a = observer('a', true);
    const b = observer('b', true);
    for (const o of [stats, a, b]) session.observe(o);
    session.openOutbox();
    await until(() => session.hasOutbox, 'outbox');

    expect((await session.register(visit(), { by: b })).state).to.equal('delivered');
    expect(heard).to.deep.equal(['b']);
    // Made by an observer that has gone: the first one that announces says it.
    const gone = observer('gone', true);
    const stop = session.observe(gone);
    stop();
    await session.register(visit(), { by: gone });
    expect(heard).to.deep.equal(['b', 'a']);
  });

  it('as two tabs over one outbox, sends each registration once', async () => {
    const { client, link } = flakyClient();
    const { session: first, origin } = await enrolledSession(client);
    const second = DeskSession.for({ origin, client, storage: otherTab() });
    expect(second).not.to.equal(first);
    const keep = [first.observe({}), second.observe({})];
    first.openOutbox();
    second.openOutbox();
    const made: QuestionRegistration[] = [];
    for (let i = 0; i < 3; i++) {
      const registration = visit() as QuestionRegistration;
      made.push(registration);
      await (i % 2 ? second : first).register(registration);
    }
    await until(() => first.pending === 3 && second.pending === 3, 'both see three waiting');
    link.offline = false;
    online();
    await until(() => first.pending === 0 && second.pending === 0, 'still waiting');
    expect(link.sent).to.equal(3);
    for (const stop of keep) stop();
  });

  it('forgotten offline: forgets here, says the server was not told, keeps what waits without sending or holding it', async () => {
    const { client, link } = flakyClient();
    const { session } = await enrolledSession(client);
    const stop = session.observe({});
    session.openOutbox();
    await session.register(visit());
    await until(() => session.pending === 1, 'the count');
    expect(await session.forget()).to.equal('not-told');
    expect(session.session).to.equal(undefined);
    link.offline = false;
    online();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(link.sent).to.equal(0);
    expect(session.pending).to.equal(1);
    expect(session.held).to.deep.equal([]);
    stop();
  });

  it('forgotten online: sends what waits first, then revokes the token on the server', async () => {
    const { client, link } = flakyClient();
    const { session } = await enrolledSession(client);
    const stop = session.observe({});
    session.openOutbox();
    await session.register(visit());
    await until(() => session.pending === 1, 'the count');
    link.offline = false; // no `online` event: forgetting sends it, not the outbox's own retry
    expect(await session.forget()).to.equal('revoked');
    expect(link.log).to.deep.equal(['submit', 'revoke']);
    expect(session.pending).to.equal(0);
    expect(session.session).to.equal(undefined);
    stop();
  });

  it('a token the server already refuses (401) counts as revoked; a 500 as not told', async () => {
    const fake = createFakeClient();
    let answer: Error = new IdoHttpError(401, { type: 'https://idokit.nl/problems/token-revoked' });
    const client: IdoClient = { ...fake, revokeDevice: () => Promise.reject(answer) };
    const { session } = await enrolledSession(client);
    expect(await session.forget()).to.equal('revoked');
    await session.enrol('ABCD-EFGH');
    answer = new IdoHttpError(500);
    expect(await session.forget()).to.equal('not-told');
    expect(session.session).to.equal(undefined);
  });
});
