// Typecheck test (`pnpm typecheck`): the JSX typings generated from the manifest accept the
// elements' attributes with their types, and refuse wrong ones. Each `@ts-expect-error` fails
// the typecheck if the line below it stops being an error.
import type { IdoLocationSelectEvent } from '@idokit/widgets';
import '../page/react-jsx.js';

export const typed = (
  <ido-locator
    radius={10}
    open-now
    services={['walk-in', 'by-phone']}
    limit={5}
    heading-level={2}
    onido-location-select={(event: IdoLocationSelectEvent) => event.detail.location.name}
  ></ido-locator>
);

export const asAttributes = <ido-locator radius="10" services="walk-in" open-now=""></ido-locator>;

export const hours = (
  <ido-opening-hours location="ido-zwolle-centrum" show="library" compact></ido-opening-hours>
);

// @ts-expect-error -- a radius is a number (or the attribute's string), never an object
export const wrongRadius = <ido-locator radius={{ km: 10 }}></ido-locator>;

// @ts-expect-error -- `services` is a list of known services, not numbers
export const wrongServices = <ido-locator services={[1, 2]}></ido-locator>;

// @ts-expect-error -- no such attribute
export const unknown = <ido-locator radious={10}></ido-locator>;

// @ts-expect-error -- the select event carries a location, not a number
export const wrongHandler = <ido-locator onido-location-select={(e: number) => e}></ido-locator>;

// @ts-expect-error -- `show` is ido, library or both: a word it does not know is not "any text"
export const weekly = <ido-opening-hours show="weekly"></ido-opening-hours>;

// @ts-expect-error -- a radius written as text is still a number
export const radiusWord = <ido-locator radius="ten"></ido-locator>;
