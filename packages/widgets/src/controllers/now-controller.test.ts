/// <reference types="mocha" />
import { aTimeout, expect, html, waitUntil } from '@open-wc/testing';
import { property } from 'lit/decorators.js';
import { IdoElement } from '../base/ido-element.js';
import { fixtureWithClient } from '../testing/index.js';
import { MAX_WAIT_MS, NowController, type Timers } from './now-controller.js';

const HOUR = 60 * 60 * 1000;
const T0 = new Date('2026-03-02T09:00:00+01:00').getTime();

/** Records timers instead of running them; `fire()` runs the oldest pending one. */
function fakeTimers() {
  const pending = new Map<number, { callback: () => void; ms: number }>();
  let next = 0;
  const timers = {
    calls: [] as number[],
    pending,
    setTimeout(callback: () => void, ms: number) {
      timers.calls.push(ms);
      pending.set(++next, { callback, ms });
      return next;
    },
    clearTimeout(id: unknown) {
      pending.delete(id as number);
    },
    fire() {
      const [id, timer] = [...pending][0]!;
      pending.delete(id);
      timer.callback();
    },
  };
  return timers;
}

let timersForNextElement: Timers | undefined;

/** Shows how many of its `changes` have passed, like "open"/"closed" flipping at set instants. */
class IdoClockProbe extends IdoElement {
  @property({ attribute: false }) changes: Date[] = [];
  renders = 0;
  readonly time = new NowController(this, { timers: timersForNextElement });

  protected override render() {
    this.renders += 1;
    const now = this.time.now;
    const passed = this.changes.filter((c) => c <= now).length;
    this.time.wakeAt(this.changes.find((c) => c > now));
    return html`<p>${passed}</p>`;
  }
}
customElements.define('ido-clock-probe', IdoClockProbe);

async function probe(changes: Date[], now: Date | (() => Date), timers?: Timers) {
  timersForNextElement = timers;
  const el = await fixtureWithClient<IdoClockProbe>(
    html`<ido-clock-probe .changes=${changes}></ido-clock-probe>`,
    { now },
  );
  return { el, shown: () => el.shadowRoot!.querySelector('p')!.textContent };
}

describe('NowController', () => {
  it('sets one timer for the next change and re-renders when it fires', async () => {
    let now = T0;
    const timers = fakeTimers();
    const { el, shown } = await probe(
      [new Date(T0 + HOUR), new Date(T0 + 3 * HOUR)],
      () => new Date(now),
      timers,
    );
    expect(shown()).to.equal('0');
    expect(timers.calls).to.deep.equal([HOUR]);

    el.requestUpdate();
    await el.updateComplete;
    expect(timers.calls, 'a re-render for another reason sets no new timer').to.have.length(1);

    now = T0 + HOUR;
    timers.fire();
    await el.updateComplete;
    expect(shown()).to.equal('1');
    expect(timers.calls).to.deep.equal([HOUR, 2 * HOUR]);
    expect(timers.pending.size).to.equal(1);
  });

  it('never waits longer than a day in one timeout, and re-checks without re-rendering', async () => {
    let now = T0;
    const timers = fakeTimers();
    const { el } = await probe([new Date(T0 + 3 * 24 * HOUR)], () => new Date(now), timers);
    expect(timers.calls).to.deep.equal([MAX_WAIT_MS]);
    const renders = el.renders;
    now = T0 + 24 * HOUR;
    timers.fire();
    await el.updateComplete;
    expect(el.renders).to.equal(renders);
    expect(timers.calls).to.deep.equal([MAX_WAIT_MS, MAX_WAIT_MS]);
  });

  it('catches up at once when the tab comes back after the machine slept past a change', async () => {
    let now = T0;
    const timers = fakeTimers();
    const { el, shown } = await probe([new Date(T0 + HOUR)], () => new Date(now), timers);
    now = T0 + 5 * HOUR; // asleep: the timer never fired
    document.dispatchEvent(new Event('visibilitychange'));
    await el.updateComplete;
    expect(shown()).to.equal('1');
    expect(timers.pending.size, 'nothing left to wait for').to.equal(0);
  });

  it('schedules nothing with a fixed instant', async () => {
    const timers = fakeTimers();
    const { shown } = await probe([new Date(T0 + HOUR)], new Date(T0 + 2 * HOUR), timers);
    expect(shown()).to.equal('1');
    expect(timers.calls).to.deep.equal([]);
  });

  it('reads a fixed instant from the now attribute (stories, previews)', async () => {
    const timers = fakeTimers();
    timersForNextElement = timers;
    const el = await fixtureWithClient<IdoClockProbe>(
      html`<ido-clock-probe
        now="2026-03-02T11:00:00+01:00"
        .changes=${[new Date(T0 + HOUR), new Date(T0 + 3 * HOUR)]}
      ></ido-clock-probe>`,
    );
    expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('1');
    expect(el.time.now.getTime()).to.equal(T0 + 2 * HOUR);
    expect(timers.calls).to.deep.equal([]);
  });

  it('wakes on real timers at the scheduled time, and not before', async () => {
    const offset = T0 - Date.now();
    const fake = () => new Date(Date.now() + offset);
    // A second ahead: a busy machine may take a few hundred ms to mount the element.
    const change = fake().getTime() + 1000;
    const { el, shown } = await probe([new Date(change)], fake);
    const renders = el.renders;
    // When the text changed, by the same clock: the render that shows "1" is the timer's.
    let changedAt = 0;
    const seen = new MutationObserver(() => (changedAt ||= fake().getTime()));
    seen.observe(el.shadowRoot!, { subtree: true, characterData: true, childList: true });
    await aTimeout(75);
    expect(el.renders, 'no polling in between').to.equal(renders);
    expect(shown()).to.equal('0');
    await waitUntil(() => shown() === '1', 'the timer never fired', { timeout: 8000 });
    seen.disconnect();
    expect(changedAt, 'not before the scheduled time').to.be.at.least(change);
    expect(el.renders).to.equal(renders + 1);
  });

  it('stops its timer when the element leaves the page', async () => {
    const timers = fakeTimers();
    const { el } = await probe([new Date(T0 + HOUR)], () => new Date(T0), timers);
    expect(timers.pending.size).to.equal(1);
    el.remove();
    expect(timers.pending.size).to.equal(0);
  });
});

/** Reads the instant in `willUpdate`, `render` and `updated`, as elements with side effects do. */
class IdoClockReader extends IdoElement {
  readonly time = new NowController(this);
  seen: { willUpdate?: number; render?: number; updated?: number }[] = [];

  protected override willUpdate(): void {
    this.seen.push({ willUpdate: this.time.now.getTime() });
  }
  protected override render() {
    this.seen.at(-1)!.render = this.time.now.getTime();
    return html`<p>${this.time.now.toISOString()}</p>`;
  }
  protected override updated(): void {
    this.seen.at(-1)!.updated = this.time.now.getTime();
  }
}
customElements.define('ido-clock-reader', IdoClockReader);

describe('NowController instant per update', () => {
  it('is one instant for willUpdate, render and updated, and fresh for the next update', async () => {
    let now = T0;
    const el = await fixtureWithClient<IdoClockReader>(
      html`<ido-clock-reader></ido-clock-reader>`,
      {
        now: () => new Date(now),
      },
    );
    now = T0 + HOUR;
    el.requestUpdate();
    await el.updateComplete;
    expect(el.seen).to.deep.equal([
      { willUpdate: T0, render: T0, updated: T0 },
      { willUpdate: T0 + HOUR, render: T0 + HOUR, updated: T0 + HOUR },
    ]);
  });
});
