import { civilDate, nextStatusChange, type Location } from '@idokit/sdk';

/** The languages a fragment is rendered in (the widgets' shipped languages). */
export const RENDER_LANGS = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'] as const;
export type RenderLang = (typeof RENDER_LANGS)[number];

/** The elements `GET /v1/render/{element}` renders. */
export const RENDER_ELEMENTS = ['ido-opening-hours'] as const;
export type RenderElement = (typeof RENDER_ELEMENTS)[number];

/** What an opening-hours fragment shows: the element's display attributes. */
export interface HoursRenderOptions {
  lang: RenderLang;
  show: 'ido' | 'library' | 'both';
  compact: boolean;
  noJsonLd: boolean;
}

/** A rendered fragment, what its ETag covers and how long it stays true. */
export interface RenderedFragment {
  html: string;
  /** The fragment without its render instant: equal for equal content. */
  content: string;
  /** When what it shows next changes (a status, or the day). */
  changesAt: Date;
}

/**
 * Lit's server renderer and the elements, loaded on the first render only: `@lit-labs/ssr`
 * comes first, since it sets up the minimal DOM the elements' modules need in Node.
 */
async function loadModules() {
  const ssr = await import('@lit-labs/ssr');
  const collect = await import('@lit-labs/ssr/lib/render-result.js');
  const lit = await import('lit');
  const widgets = await import('@idokit/widgets/ssr.js');
  return { ssr, collect, lit, widgets };
}
let loaded: ReturnType<typeof loadModules> | undefined;
const load = () => (loaded ??= loadModules());

/** JSON for a `<script>` element: `<` escaped, so no text can end the element or open a comment. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * `<ido-opening-hours>` as Lit renders it in a browser at `now`, with its shadow root as
 * declarative shadow DOM, followed (in its light DOM) by the location it was rendered from
 * (`<script type="application/json" data-ido-location>`, read by the element to take over
 * without a request) and the schema.org JSON-LD the element writes in a browser. All text goes
 * through Lit's escaping; the JSON through {@link scriptJson}.
 */
export async function renderOpeningHours(
  location: Location,
  options: HoursRenderOptions,
  now: Date,
): Promise<RenderedFragment> {
  const { ssr, collect, lit, widgets } = await load();
  if (options.lang !== 'nl' && options.lang !== 'en') await widgets.loadLanguage(options.lang);
  const { html } = lit;
  const template = html`<ido-opening-hours
    location=${location.id}
    lang=${options.lang}
    show=${options.show}
    ?compact=${options.compact}
    ?no-json-ld=${options.noJsonLd}
    .location=${location}
    .now=${now}
  ></ido-opening-hours>`;
  const rendered = await collect.collectResult(ssr.render(template));
  // The outer template's own markers serve no one (a host page inlines the fragment as is); the
  // element's markers inside its shadow root stay, for Lit's hydration support.
  const element = rendered
    .replace(/^<!--lit-part[^>]*-->(<!--lit-node \d+-->)?/, '')
    .replace(/^<ido-opening-hours\s+/, '<ido-opening-hours ')
    .replace(/<!--\/lit-part-->$/, '');
  const close = '</ido-opening-hours>';
  if (!element.endsWith(close)) throw new Error('Unexpected server-rendered markup');
  const jsonLd = options.noJsonLd
    ? ''
    : `<script type="application/ld+json">${widgets.jsonLdText(location, now)}</script>`;
  const body = (seed: string) =>
    `${element.slice(0, -close.length)}<script type="application/json" data-ido-location>${seed}</script>${jsonLd}${close}`;
  const html_ = body(scriptJson({ location, renderedAt: now.toISOString() }));
  const content = body(scriptJson({ location }));

  const zone = widgets.zoneOf(location);
  const schedules = widgets.shownSchedules(location, options.show);
  let changesAt = widgets.nextDisplayChange(schedules, now, civilDate(now, zone), zone);
  const phoneChange = location.hours.phone && nextStatusChange(location.hours.phone, now);
  if (phoneChange && phoneChange < changesAt) changesAt = phoneChange;
  return { html: html_, content, changesAt };
}
