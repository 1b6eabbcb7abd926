// Typecheck test (`pnpm typecheck`): the React components of `@idokit/widgets/react` take the
// elements' properties in camelCase and their events as `onIdo…` handlers, and TypeScript checks
// both. Each `@ts-expect-error` fails the typecheck if the line below it stops being an error.
import type { Location } from '@idokit/sdk';
import {
  IdoLocator,
  IdoOpeningHours,
  IdoPartnerList,
  IdoProvider,
  IdoQuestionForm,
  IdoRegistrationStats,
} from '@idokit/widgets/react';

declare const zwolle: Location;

// The documented forms compile.
export const documented = (
  <IdoProvider feed="/feed.json" lang="nl">
    <IdoLocator
      id="finder"
      className="wide"
      style={{ margin: 0 }}
      query="8011"
      radius={10}
      openNow
      services={['walk-in', 'by-phone']}
      limit={5}
      deepLink
      map
      headingLevel={2}
      onIdoLocationSelect={(event) => console.log(event.detail.location.name)}
      onIdoSearch={(event) => console.log(event.detail.query, event.detail.total)}
      onIdoError={(event) => console.log(event.detail.message)}
    />
    <IdoOpeningHours location="ido-zwolle-centrum" show="library" compact noJsonLd />
    <IdoOpeningHours location={zwolle} show="both" now={new Date('2026-11-18T09:30:00Z')} />
    <IdoPartnerList
      municipality="Zwolle"
      groupBy="kind"
      onIdoPartnerSelect={(event) => console.log(event.detail)}
    />
    <IdoQuestionForm
      undoMinutes={5}
      onIdoRegistrationSubmitted={(event) => console.log(event.detail)}
      onIdoRegistrationQueued={(event) => console.log(event.detail)}
    />
    <IdoRegistrationStats view="report" location="ido-zwolle-centrum" />
  </IdoProvider>
);

// @ts-expect-error -- misspelled prop (openNow)
export const openNw = <IdoLocator openNw />;

// @ts-expect-error -- misspelled prop (undoMinutes)
export const undoMinuts = <IdoQuestionForm undoMinuts={5} />;

// @ts-expect-error -- misspelled event handler (onIdoLocationSelect)
export const selct = <IdoLocator onIdoLocationSelct={() => undefined} />;

// @ts-expect-error -- `show` is ido, library or both
export const weekly = <IdoOpeningHours show="weekly" />;

// @ts-expect-error -- a radius is a number of kilometres
export const radiusText = <IdoLocator radius={{ km: 10 }} />;

// @ts-expect-error -- the select event carries a location, not a number
export const wrongHandler = <IdoLocator onIdoLocationSelect={(event: number) => event} />;

// @ts-expect-error -- a partner list groups by what it knows
export const colour = <IdoPartnerList groupBy="colour" />;
