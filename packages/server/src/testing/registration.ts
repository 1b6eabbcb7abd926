import { randomUUID } from 'node:crypto';
import type { QuestionRegistrationInput } from '@idokit/sdk';

/** The sample dataset's location that the server tests enrol their desks at. */
export const LOCATION = 'ido-utrecht-centrum';

/** A valid registration for {@link LOCATION} with a fresh id: one toeslagen question, at the desk. */
export function sampleRegistration(
  overrides: Partial<QuestionRegistrationInput> = {},
): QuestionRegistrationInput {
  return {
    id: randomUUID(),
    locationId: LOCATION,
    date: '2026-11-10',
    hour: 10,
    channel: 'desk',
    durationMinutes: 10,
    questions: [
      {
        type: 'government',
        governmentLevel: 'national',
        organisations: ['dienst-toeslagen'],
        themes: ['toeslagen'],
        help: 'searched-together',
      },
    ],
    ...overrides,
  };
}
