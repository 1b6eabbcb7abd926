// Generated from custom-elements.json by scripts/framework-entries.mjs (`pnpm typings`).
/**
 * `@idokit/widgets/react`: IDO Kit's elements as React components, made with @lit/react. Props
 * are the elements' properties in camelCase (`openNow`, `headingLevel`, `location` as an id or a
 * Location object), set as properties; events are `onIdoLocationSelect`-style handlers that get
 * the typed event. TypeScript checks both, which it cannot do for hyphenated names in plain JSX.
 * Importing this module defines the elements.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { IdoCoordinator as IdoCoordinatorElement } from './components/ido-coordinator/define.js';
import { IdoLocator as IdoLocatorElement } from './components/ido-locator/define.js';
import { IdoOpeningHours as IdoOpeningHoursElement } from './components/ido-opening-hours/define.js';
import { IdoPartnerList as IdoPartnerListElement } from './components/ido-partner-list/define.js';
import { IdoProvider as IdoProviderElement } from './components/ido-provider/define.js';
import { IdoQuestionForm as IdoQuestionFormElement } from './components/ido-question-form/define.js';
import { IdoRegistrationStats as IdoRegistrationStatsElement } from './components/ido-registration-stats/define.js';
import type {
  IdoCoordinatorChangeEvent,
  IdoErrorEvent,
  IdoLocationSelectEvent,
  IdoPartnerSelectEvent,
  IdoRegistrationQueuedEvent,
  IdoRegistrationSubmittedEvent,
  IdoSearchEvent,
} from './events/index.js';

/** `<ido-coordinator>`: The coordinator's editor of a library organisation's IDO data (sign-in with a code). */
export const IdoCoordinator = createComponent({
  tagName: 'ido-coordinator',
  elementClass: IdoCoordinatorElement,
  react: React,
  events: {
    /** A change was saved (a location, partner, outreach session, desk, key, import or undo); `detail: { entity, id, message }`. */
    onIdoCoordinatorChange: 'ido-coordinator-change' as EventName<IdoCoordinatorChangeEvent>,
    /** Loading or saving failed, or the element is not configured; `detail: { error, message }`. */
    onIdoError: 'ido-error' as EventName<IdoErrorEvent>,
  },
});

/** `<ido-locator>`: Find an IDO nearby: search form, result list, optional map. */
export const IdoLocator = createComponent({
  tagName: 'ido-locator',
  elementClass: IdoLocatorElement,
  react: React,
  events: {
    /** A resident chose a location in the list or on the map; `detail: { location }`. Choosing it again un-chooses it without an event. */
    onIdoLocationSelect: 'ido-location-select' as EventName<IdoLocationSelectEvent>,
    /** A search finished and its results are shown; `detail: { query, total }` (`query` is what was typed, `''` for "my location"). */
    onIdoSearch: 'ido-search' as EventName<IdoSearchEvent>,
    /** The search failed (network, server, bad feed); `detail: { error, message }`. Input problems (an unknown place) are shown at the field instead. */
    onIdoError: 'ido-error' as EventName<IdoErrorEvent>,
  },
});

/** `<ido-opening-hours>`: Opening hours of an IDO location and its library, with open/closed status. */
export const IdoOpeningHours = createComponent({
  tagName: 'ido-opening-hours',
  elementClass: IdoOpeningHoursElement,
  react: React,
  events: {
    /** The location could not be loaded, does not exist, or none was given; `detail: { error, message }`. */
    onIdoError: 'ido-error' as EventName<IdoErrorEvent>,
  },
});

/** `<ido-partner-list>`: Local referral partners: search, grouping, contact and warm referral, open now. */
export const IdoPartnerList = createComponent({
  tagName: 'ido-partner-list',
  elementClass: IdoPartnerListElement,
  react: React,
  events: {
    /** With `staff`: a partner was chosen with its "Kies voor doorverwijzing" button; `detail: { partner }`. Choosing it again un-chooses it without an event. */
    onIdoPartnerSelect: 'ido-partner-select' as EventName<IdoPartnerSelectEvent>,
    /** The partners could not be loaded; `detail: { error, message }`. */
    onIdoError: 'ido-error' as EventName<IdoErrorEvent>,
  },
});

/** `<ido-provider>`: Configures the IDO Kit elements inside it. */
export const IdoProvider = createComponent({
  tagName: 'ido-provider',
  elementClass: IdoProviderElement,
  react: React,
  events: {
    /** Loading failed or the element is not configured; `detail: { error, message }`. */
    onIdoError: 'ido-error' as EventName<IdoErrorEvent>,
  },
});

/** `<ido-question-form>`: Register a visit's questions at the IDO desk (staff only). */
export const IdoQuestionForm = createComponent({
  tagName: 'ido-question-form',
  elementClass: IdoQuestionFormElement,
  react: React,
  events: {
    /** A registration reached the server; `detail: { registration, receipt }`. Fired by the form that made it, or (if that one has gone, or it was made before this page) by one form of the page. */
    onIdoRegistrationSubmitted:
      'ido-registration-submitted' as EventName<IdoRegistrationSubmittedEvent>,
    /** A registration was kept on the device to be sent later; `detail: { registration, pending }`. */
    onIdoRegistrationQueued: 'ido-registration-queued' as EventName<IdoRegistrationQueuedEvent>,
    /** Loading the categories failed, or a registration could not be stored on the device (it stays in the form); `detail: { error, message }`. */
    onIdoError: 'ido-error' as EventName<IdoErrorEvent>,
  },
});

/** `<ido-registration-stats>`: Registration statistics per period and category, CSV export and the municipality report. */
export const IdoRegistrationStats = createComponent({
  tagName: 'ido-registration-stats',
  elementClass: IdoRegistrationStatsElement,
  react: React,
  events: {
    /** Loading failed or the element has no API; `detail: { error, message }`. */
    onIdoError: 'ido-error' as EventName<IdoErrorEvent>,
  },
});
