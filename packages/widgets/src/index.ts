/**
 * @idokit/widgets — Lit custom elements for the Informatiepunt Digitale Overheid.
 * Importing this module defines no elements; import `@idokit/widgets/define.js` (or one
 * element's `define.js`) for that. This barrel is the package's only public surface.
 */
export { IdoElement } from './base/ido-element.js';
export { IdoProvider, defineIdoProvider } from './components/ido-provider/ido-provider.js';
export { IdoLocator, defineIdoLocator } from './components/ido-locator/ido-locator.js';
export {
  IdoRegistrationStats,
  defineIdoRegistrationStats,
} from './components/ido-registration-stats/ido-registration-stats.js';
export {
  IdoQuestionForm,
  defineIdoQuestionForm,
} from './components/ido-question-form/ido-question-form.js';
export {
  IdoOpeningHours,
  defineIdoOpeningHours,
} from './components/ido-opening-hours/ido-opening-hours.js';
export {
  IdoCoordinator,
  defineIdoCoordinator,
} from './components/ido-coordinator/ido-coordinator.js';
export {
  IdoPartnerList,
  defineIdoPartnerList,
  PARTNER_GROUPINGS,
  type PartnerGrouping,
} from './components/ido-partner-list/ido-partner-list.js';
export {
  configure,
  globalConfig,
  idoContext,
  type IdoEnvironment,
  type IdoKitConfig,
} from './context/index.js';
export {
  ClientController,
  clientFor,
  LocaleController,
  NowController,
  MAX_WAIT_MS,
  dataTask,
  StaffSessionController,
  readClock,
  nowAttributeConverter,
  type ClientHost,
  type LocaleHost,
  type NowHost,
  type Timers,
  type DataHost,
  type DataTask,
  type Retryable,
  type DataTaskContext,
  type DataTaskOptions,
  type NowSource,
  type StaffSessionHost,
  type StaffSessionOptions,
  DeskSession,
  type DeskSource,
  type DeskDelivery,
  type DeskObserver,
  type ForgetOutcome,
} from './controllers/index.js';
export {
  IdoLocationSelectEvent,
  IdoErrorEvent,
  IdoRegistrationSubmittedEvent,
  IdoRegistrationQueuedEvent,
  IdoSearchEvent,
  IdoPartnerSelectEvent,
  IdoCoordinatorChangeEvent,
  type IdoCoordinatorChangeDetail,
  type IdoPartnerSelectDetail,
  type IdoLocationSelectDetail,
  type IdoErrorDetail,
  type IdoRegistrationSubmittedDetail,
  type IdoRegistrationQueuedDetail,
  type IdoSearchDetail,
} from './events/index.js';
export {
  nl,
  en,
  setStrings,
  stringsFor,
  catalog,
  IdoKit,
  type IdoKitApi,
  type CatalogEntry,
  type Strings,
  type StringsOverride,
} from './catalog.js';
export {
  resolveLang,
  stringsLang,
  loadLanguage,
  errorMessage,
  DEFAULT_LANG,
  type BaseStrings,
  type ElementTexts,
  type StringsLang,
} from './localization/index.js';
export { defineElement } from './base/define-element.js';
export { sharedStyles, tokens } from './styles/index.js';
export { safeUrl, telUrl, mailtoUrl, webUrl } from './base/safe-url.js';
