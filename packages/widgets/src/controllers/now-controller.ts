import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { readClock, type NowSource } from './clock.js';

/** The longest single wait; a longer wait is split so a clock change is noticed within a day. */
export const MAX_WAIT_MS = 24 * 60 * 60 * 1000;

/** Timer functions, injectable for tests. */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

/** What a host offers {@link NowController}. */
export interface NowHost extends ReactiveControllerHost {
  /** The resolved clock (element, provider, `IdoKit.configure`); `undefined` is the real clock. */
  readonly clock?: NowSource | undefined;
}

const realTimers: Timers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (id) => globalThis.clearTimeout(id as ReturnType<typeof setTimeout>),
};

/**
 * Holds "now" for an element that shows something time-dependent (open/closed) and re-renders
 * it when that something changes — not on a blind interval. Each render reads `now`; the
 * element then says when its display next changes:
 *
 * ```ts
 * private clock = new NowController(this);
 * render() {
 *   const status = openingStatus(hours, this.clock.now);
 *   this.clock.wakeAt(nextStatusChange(hours, this.clock.now));
 * }
 * ```
 *
 * One timeout per element, at most {@link MAX_WAIT_MS} long. Because timers can stall while a
 * machine sleeps, it also re-checks when the tab becomes visible again, on `pageshow`, window
 * `focus` and `online`. A fixed clock (`now` set to a `Date`) never schedules anything.
 */
export class NowController implements ReactiveController {
  private readonly host: NowHost;
  private readonly timers: Timers;
  private current = new Date(0);
  /** An instant the next update cycle uses instead of the clock (see {@link hold}). */
  private held: Date | undefined;
  /** True between update cycles: the next read takes the clock and keeps it for that cycle. */
  private stale = true;
  private target: number | undefined;
  private timer: unknown;
  private connected = false;
  private readonly onWake = () => {
    if (globalThis.document?.visibilityState !== 'hidden') this.schedule(true);
  };

  constructor(host: NowHost, options: { timers?: Timers } = {}) {
    this.host = host;
    this.timers = options.timers ?? realTimers;
    host.addController(this);
  }

  /**
   * The instant this update is for: read from the clock at the first use in an update cycle
   * and the same for the rest of it, so `willUpdate`, `render` and `updated` all agree. A read
   * outside an update (an event handler) is fresh.
   */
  get now(): Date {
    if (this.stale) {
      this.current = this.held ?? readClock(this.host.clock);
      this.held = undefined;
      this.stale = false;
      void this.host.updateComplete.then(() => {
        this.stale = true;
      });
    }
    return this.current;
  }

  /**
   * Makes the next update cycle read `at` instead of the clock, once: an element hydrating a
   * server's HTML renders first as at the server's instant (so its markup matches), then asks
   * for an update that reads the clock.
   */
  hold(at: Date): void {
    this.held = at;
  }

  /**
   * Asks for a re-render at `at` (the next moment the display changes). Calling it again with
   * the same instant is free; `undefined` (nothing will change) cancels the wake-up, and so
   * does an instant that has already passed (re-rendering for it would loop).
   */
  wakeAt(at: Date | undefined): void {
    const target = at?.getTime();
    if (target === this.target && (this.timer !== undefined || target === undefined)) return;
    this.target = target;
    this.schedule(false);
  }

  hostConnected(): void {
    this.connected = true;
    document.addEventListener('visibilitychange', this.onWake);
    for (const type of ['pageshow', 'focus', 'online']) window.addEventListener(type, this.onWake);
    this.schedule(true);
  }

  hostDisconnected(): void {
    this.connected = false;
    document.removeEventListener('visibilitychange', this.onWake);
    for (const type of ['pageshow', 'focus', 'online']) {
      window.removeEventListener(type, this.onWake);
    }
    this.clear();
  }

  private clear(): void {
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer);
    this.timer = undefined;
  }

  /**
   * (Re)sets the one timer from the clock as it reads now. When the target has passed, `overdue`
   * says whether that is news (timer fired, tab came back: re-render) or a stale request.
   */
  private schedule(overdue: boolean): void {
    this.clear();
    const clock = this.host.clock;
    if (!this.connected || this.target === undefined || clock instanceof Date) return;
    const wait = this.target - readClock(clock).getTime();
    if (wait <= 0) {
      this.target = undefined;
      if (overdue) this.host.requestUpdate();
      return;
    }
    this.timer = this.timers.setTimeout(
      () => {
        this.timer = undefined;
        this.schedule(true);
      },
      Math.min(wait, MAX_WAIT_MS),
    );
  }
}
