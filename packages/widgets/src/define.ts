/**
 * Registers every IDO Kit element of the catalog (each tag once, so loading this twice is
 * harmless) and sets `window.IdoKit`. This is the npm entry `@idokit/widgets/define.js`; the
 * CDN file `cdn/idokit.js` defines each element on first use instead (`loader/`).
 */
import { defineElement } from './base/define-element.js';
import { catalog, IdoKit, type IdoKitApi } from './catalog.js';

for (const { tag, element } of catalog) defineElement(tag, element);

declare global {
  interface Window {
    /** The page-wide IDO Kit API (set by the self-defining bundle). */
    IdoKit: IdoKitApi;
  }
}
if (typeof window !== 'undefined') window.IdoKit ??= IdoKit;

// The package's whole public surface too, so this one import is all a page or app needs.
export {
  IdoElement,
  IdoProvider,
  defineIdoProvider,
  IdoLocator,
  defineIdoLocator,
  IdoRegistrationStats,
  defineIdoRegistrationStats,
  IdoQuestionForm,
  defineIdoQuestionForm,
  IdoOpeningHours,
  defineIdoOpeningHours,
  IdoCoordinator,
  defineIdoCoordinator,
  IdoPartnerList,
  defineIdoPartnerList,
  PARTNER_GROUPINGS,
  type PartnerGrouping,
  configure,
  globalConfig,
  idoContext,
  type IdoEnvironment,
  type IdoKitConfig,
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
  resolveLang,
  stringsLang,
  loadLanguage,
  errorMessage,
  DEFAULT_LANG,
  type BaseStrings,
  type ElementTexts,
  type StringsLang,
  defineElement,
  sharedStyles,
  tokens,
  safeUrl,
  telUrl,
  mailtoUrl,
  webUrl,
} from './index.js';
