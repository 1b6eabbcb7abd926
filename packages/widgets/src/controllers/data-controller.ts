import { Task, TaskStatus, type StatusRenderer, type TaskConfig } from '@lit/task';
import { deepArrayEquals } from '@lit/task/deep-equals.js';
import { IdoError, type IdoClient } from '@idokit/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What a host offers {@link dataTask}. */
export interface DataHost extends ReactiveControllerHost {
  /** The resolved client (see `ClientController`). */
  readonly resolvedClient: IdoClient | undefined;
  /** Shows and announces a failure; `IdoElement.reportError`. */
  reportError(error: unknown): string;
  /** Sets or clears an `ElementInternals` custom state; `IdoElement.setState`. */
  setState(name: string, on: boolean): void;
}

/** What the task function receives besides its arguments. */
export interface DataTaskContext {
  /** The resolved client, never undefined here (a missing client fails the task first). */
  client: IdoClient;
  /** Aborted when the arguments change again or the task is re-run; pass it to every call. */
  signal: AbortSignal;
}

/** Options for {@link dataTask}. */
export interface DataTaskOptions<A extends readonly unknown[], R> {
  /** The inputs; the task re-runs when they change (compared deeply, so objects are fine). */
  args: () => A;
  /** Loads the data through the client. */
  task: (args: A, context: DataTaskContext) => Promise<R>;
  /** Dispatch `ido-error` when the task fails. @default true */
  reportErrors?: boolean;
  /**
   * Whether the task should run at all now (checked before every update); while false it keeps
   * its last status. For elements that can also be given their data directly.
   * @default () => true
   */
  enabled?: () => boolean;
}

/** Mirrors a host's tasks into the custom states `loading` and `error`. */
class TaskStates implements ReactiveController {
  readonly tasks: Task<readonly unknown[], unknown>[] = [];
  constructor(private readonly host: DataHost) {
    host.addController(this);
  }
  hostUpdated(): void {
    const statuses = this.tasks.map((task) => task.status);
    this.host.setState('loading', statuses.includes(TaskStatus.PENDING));
    this.host.setState('error', statuses.includes(TaskStatus.ERROR));
  }
}
const statesOf = new WeakMap<DataHost, TaskStates>();

/** Something an error box's retry button can run again, and show as busy meanwhile. */
export interface Retryable {
  /** Runs again; settles when the run has. */
  retry(): Promise<void>;
  /** Whether a retry is running (the button shows busy). */
  readonly retrying: boolean;
  /** How many runs have failed so far; a new failure renders a new error box, announced again. */
  readonly failures: number;
}

/**
 * The task {@link dataTask} returns: a `@lit/task` Task that can also be retried in place.
 * While a {@link DataTask.retry} runs, `render()` keeps taking the `error` branch with the last
 * error instead of `pending`, so the retry button the resident pressed stays (busy) and keeps
 * focus rather than vanishing under it.
 */
export class DataTask<A extends readonly unknown[], R>
  extends Task<readonly [IdoClient | undefined, A], R>
  implements Retryable
{
  /** The retry in progress, if any; any other run (changed arguments) ends it. */
  #retry?: object;
  #failures = 0;

  constructor(
    host: ReactiveControllerHost,
    config: TaskConfig<readonly [IdoClient | undefined, A], R>,
  ) {
    const onError = config.onError;
    super(host, {
      ...config,
      onError: (error) => {
        this.#failures += 1;
        onError?.(error);
      },
    });
  }

  /** Whether a retry started by {@link retry} is still running. */
  get retrying(): boolean {
    return this.#retry !== undefined && this.status === TaskStatus.PENDING;
  }

  /** How many runs have failed so far. */
  get failures(): number {
    return this.#failures;
  }

  /** Runs the task (as `Task.run`); a run that is not a {@link retry} ends any retry. */
  override run(args?: readonly [IdoClient | undefined, A]): Promise<void> {
    this.#retry = undefined;
    return super.run(args);
  }

  /**
   * Runs the task again with the same arguments. After a failure the error stays shown (the
   * `error` branch of `render()`) until the run settles. Does nothing while a retry runs.
   */
  async retry(): Promise<void> {
    if (this.retrying) return;
    const token = {};
    const again = this.status === TaskStatus.ERROR;
    const running = this.run();
    if (again) this.#retry = token;
    try {
      await running;
    } finally {
      if (this.#retry === token) this.#retry = undefined;
    }
  }

  /** Renders by status (as `Task.render`), but a running retry renders as `error`. */
  override render<T extends StatusRenderer<R>>(renderer: T) {
    if (!this.retrying || !renderer.error) return super.render(renderer);
    const error = renderer.error;
    // The pending branch renders what the error branch does; the return type is the union anyway.
    return super.render({ ...renderer, pending: () => error(this.error) } as T);
  }
}

/**
 * A `@lit/task` Task wired the IDO Kit way: the element's resolved client is an argument (so
 * a new provider or `configure()` reloads), other arguments are compared with
 * `deepArrayEquals` (query objects do not re-run on every render), a stale run is aborted
 * through its `signal`, a failure dispatches `ido-error`, and the host gets the custom states
 * `:state(loading)` / `:state(error)` while any of its tasks is pending or failed. Pass the task
 * itself to `renderError` as its retry: the box then stays, its button busy, while it retries.
 *
 * @example
 * private location = dataTask(this, {
 *   args: () => [this.locationId] as const,
 *   task: ([id], { client, signal }) => client.getLocation(id, { signal }),
 * });
 * render() {
 *   return this.location.render({
 *     pending: () => this.renderLoading(),
 *     error: (e) => this.renderError(e, this.location),
 *     complete: (location) => html`…`,
 *   });
 * }
 */
export function dataTask<const A extends readonly unknown[], R>(
  host: DataHost,
  options: DataTaskOptions<A, R>,
): DataTask<A, R> {
  let states = statesOf.get(host);
  if (!states) statesOf.set(host, (states = new TaskStates(host)));
  if (options.enabled) {
    const enabled = options.enabled;
    // Added before the Task, so its `autoRun` is set before the Task's own hostUpdate reads it.
    host.addController({ hostUpdate: () => void (task.autoRun = enabled()) });
  }
  const task: DataTask<A, R> = new DataTask(host, {
    args: () => [host.resolvedClient, options.args()] as const,
    // The client is compared by identity: it holds caches that deep comparison must not walk.
    argsEqual: ([oldClient, oldArgs], [newClient, newArgs]) =>
      oldClient === newClient && deepArrayEquals(oldArgs, newArgs),
    task: async ([client, args], { signal }) => {
      if (!client) {
        // Give a provider defined later, or a configure() call right after the script, one
        // turn to arrive; if one does, the changed args re-run this task anyway.
        await new Promise((resolve) => setTimeout(resolve, 0));
        signal.throwIfAborted();
        throw new IdoError(
          'config',
          'No data source: set api or feed, wrap in <ido-provider>, or call IdoKit.configure()',
        );
      }
      return options.task(args, { client, signal });
    },
    onError: (error) => {
      if (options.reportErrors !== false) host.reportError(error);
    },
  });
  states.tasks.push(task as Task<readonly unknown[], unknown>);
  return task;
}
