import {
  isIdoGeocodeError,
  isIdoPostcodeError,
  isPostcodeLike,
  parsePostcode,
  type LocationSearchResult,
  type LocationService,
  type PostcodeProblem,
} from '@idokit/sdk';
import { formatNumber } from '../../localization/numbers.js';

/** The radius choices, in km. */
export const LOCATOR_RADII = [5, 10, 25, 50] as const;

/** The services a resident can filter on (the others are shown, not filtered). */
export const LOCATOR_FILTER_SERVICES: readonly LocationService[] = [
  'walk-in',
  'by-appointment',
  'by-phone',
];

/** Where a search is measured from: what the resident typed, or the device's rounded position. */
export type Origin =
  | { kind: 'postcode'; postcode: string; text: string }
  | { kind: 'place'; place: string; text: string }
  | { kind: 'near'; lat: number; lon: number };

/** Something wrong with what was typed, said next to the field rather than as a failure. */
export type InputProblem =
  | { kind: 'postcode'; problem: PostcodeProblem }
  | { kind: 'not-found'; text: string }
  | { kind: 'too-short' };

/** A search that found something (or nothing): what it was asked, and what it brought. */
export interface Results {
  kind: 'results';
  origin: Origin;
  result: LocationSearchResult;
  radiusKm: number;
  openNow: boolean;
}

/** What one search produced. */
export type Outcome = Results | { kind: 'invalid'; origin: Origin; problem: InputProblem };

/** What the resident typed for this origin; empty for their own position. */
export const typedText = (origin: Origin) => (origin.kind === 'near' ? '' : origin.text);

/** ~100 m: enough to sort desks by distance, too coarse to point at someone's home. */
export const roundCoordinate = (value: number) => Math.round(value * 1000) / 1000;

/** The `services` attribute: known services, separated by commas or spaces. */
export const servicesConverter = {
  fromAttribute: (value: string | null): LocationService[] =>
    (value ?? '')
      .split(/[\s,]+/)
      .filter((s): s is LocationService => (LOCATOR_FILTER_SERVICES as string[]).includes(s)),
  toAttribute: (value: LocationService[]) => value.join(','),
};

/**
 * Where to search from, for what a resident typed: a postcode (checked here, never sent when
 * malformed) or a place name; or the problem to show at the field.
 */
export function originOf(text: string): { origin: Origin } | { problem: InputProblem } {
  const value = text.trim();
  if (!value) return { problem: { kind: 'postcode', problem: 'empty' } };
  if (!isPostcodeLike(value)) return { origin: { kind: 'place', place: value, text: value } };
  try {
    return { origin: { kind: 'postcode', postcode: parsePostcode(value).formatted, text: value } };
  } catch (error) {
    if (!isIdoPostcodeError(error)) throw error;
    return { problem: { kind: 'postcode', problem: error.problem } };
  }
}

/** Turns a failed search into a field message when the failure is about what was typed. */
export function inputProblem(error: unknown, origin: Origin): InputProblem | undefined {
  const text = typedText(origin);
  if (isIdoPostcodeError(error)) return { kind: 'postcode', problem: error.problem };
  if (isIdoGeocodeError(error)) {
    if (error.reason === 'not-found') return { kind: 'not-found', text };
    if (error.reason === 'too-short') return { kind: 'too-short' };
    return undefined;
  }
  return undefined;
}

/** The radius choices, plus a page-set radius that is not one of them. */
export function radiusChoices(radius: number): number[] {
  const radii: number[] = [...LOCATOR_RADII];
  if (!radii.includes(radius)) radii.push(radius);
  return radii.sort((a, b) => a - b);
}

/** "1,2" below 10 km, "12" above: more digits would suggest a precision a straight line lacks. */
export function formatDistance(km: number, locale: string): string {
  return formatNumber(km, locale, km < 10 ? 1 : 0);
}
