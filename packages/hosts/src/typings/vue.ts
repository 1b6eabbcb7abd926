// Typecheck test for Vue's GlobalComponents, generated from the manifest: the props of the
// registered tags have the elements' types. (Checked apart from React: Vue's typings declare a
// global JSX namespace of their own.)
import type { GlobalComponents } from 'vue';
import type {} from '@idokit/widgets/types/vue.d.ts';

type PropsOf<T> = T extends new (...args: never[]) => { $props: infer P } ? P : never;
type LocatorProps = PropsOf<GlobalComponents['ido-locator']>;
type HoursProps = PropsOf<GlobalComponents['ido-opening-hours']>;

export const radius: LocatorProps['radius'] = 10;
export const radiusText: LocatorProps['radius'] = '10';
export const location: HoursProps['location'] = 'ido-zwolle-centrum';
// @ts-expect-error -- a radius is a number or a string, not a boolean
export const wrongRadius: LocatorProps['radius'] = true;
// @ts-expect-error -- `compact` is a boolean (or the attribute's string), not a number
export const wrongCompact: HoursProps['compact'] = 5;
// @ts-expect-error -- a location is an id or a Location object, not a number
export const wrongLocation: HoursProps['location'] = 42;
