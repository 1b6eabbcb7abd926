// The page's own template, the same module on the server (rendered by @lit-labs/ssr) and in the
// browser (hydrated): hydration needs the same template with the same data.
import type { Location } from '@idokit/sdk';
import { html } from 'lit';

/** What the server rendered with, written into the page as JSON for the browser. */
export interface PageData {
  location: Location;
  /** The clock both renders use (ISO 8601), so the opening status is the same. */
  now: string;
}

export const page = ({ location, now }: PageData) =>
  html`<ido-locator feed="/feed.json" lang="nl" now=${now} open-now></ido-locator>
    <ido-opening-hours .location=${location} .now=${new Date(now)}></ido-opening-hours>`;

/** The data the server wrote into the page (`<script type="application/json" id="ido-data">`). */
export const pageData = (): PageData =>
  JSON.parse(document.getElementById('ido-data')!.textContent!) as PageData;
