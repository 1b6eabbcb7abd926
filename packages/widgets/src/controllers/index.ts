export { ClientController, clientFor, type ClientHost } from './client-controller.js';
export { LocaleController, type LocaleHost } from './locale-controller.js';
export { NowController, MAX_WAIT_MS, type NowHost, type Timers } from './now-controller.js';
export {
  dataTask,
  type DataTask,
  type Retryable,
  type DataHost,
  type DataTaskContext,
  type DataTaskOptions,
} from './data-controller.js';
export { readClock, nowAttributeConverter, type NowSource } from './clock.js';
export {
  StaffSessionController,
  type StaffSessionHost,
  type StaffSessionOptions,
} from './staff-session.js';
export {
  DeskSession,
  type DeskSource,
  type DeskDelivery,
  type DeskObserver,
  type ForgetOutcome,
} from './desk-session.js';
