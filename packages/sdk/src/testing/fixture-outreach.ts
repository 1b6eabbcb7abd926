import { addDays } from '../outreach/sessions.js';
import { FeedSchema, type Feed } from '../schemas/feed.js';
import {
  OutreachSessionSchema,
  type OutreachSession,
  type OutreachSessionInput,
} from '../schemas/outreach-session.js';
import { fixtureFeed } from './fixture-feed.js';

/**
 * Outreach sessions for tests and stories (issue 21), dated from `from` (`YYYY-MM-DD`) on: the
 * day after it in a community centre near Utrecht Centrum (`kroon`), eight days after it in a
 * health centre of Utrecht Kanaleneiland (`gezondheidscentrum`, the next week), and two days after
 * it at Zwolle's market (`markt-zwolle`, without a description).
 * @example fixtureOutreachSessions(civilDate(new Date(), 'Europe/Amsterdam'))
 */
export function fixtureOutreachSessions(from = '2026-11-18'): OutreachSession[] {
  const sessions: OutreachSessionInput[] = [
    {
      id: 'kroon',
      locationId: 'ido-utrecht-centrum',
      name: 'Buurthuis De Kroon',
      description: 'Vragen over toeslagen of een brief van de overheid? Loop gerust binnen.',
      address: {
        street: 'Kerkstraat',
        houseNumber: '1',
        postcode: '3512 AA',
        city: 'Utrecht',
        municipality: 'Utrecht',
      },
      geo: { lat: 52.095, lon: 5.121 },
      date: addDays(from, 1),
      time: { opens: '10:00', closes: '12:00' },
      updatedAt: '2026-11-01T09:00:00Z',
    },
    {
      id: 'gezondheidscentrum',
      locationId: 'ido-utrecht-kanaleneiland',
      name: 'Gezondheidscentrum Kanaleneiland',
      address: {
        street: 'Voorbeeldlaan',
        houseNumber: '20',
        postcode: '3526 AB',
        city: 'Utrecht',
        municipality: 'Utrecht',
      },
      geo: { lat: 52.072, lon: 5.1 },
      date: addDays(from, 8),
      time: { opens: '13:30', closes: '15:30' },
      languages: ['nl', 'ar'],
      updatedAt: '2026-11-01T09:00:00Z',
    },
    {
      id: 'markt-zwolle',
      locationId: 'ido-zwolle-centrum',
      name: 'Weekmarkt Zwolle',
      address: {
        street: 'Grote Markt',
        houseNumber: '1',
        postcode: '8011 LW',
        city: 'Zwolle',
        municipality: 'Zwolle',
      },
      geo: { lat: 52.5135, lon: 6.0915 },
      date: addDays(from, 2),
      time: { opens: '09:00', closes: '11:30' },
      updatedAt: '2026-11-01T09:00:00Z',
    },
  ];
  return sessions.map((s) => OutreachSessionSchema.parse(s));
}

/** {@link fixtureFeed} with {@link fixtureOutreachSessions} from `from` as its `outreach` list. */
export function fixtureOutreachFeed(from = '2026-11-18'): Feed {
  return FeedSchema.parse({ ...fixtureFeed, outreach: fixtureOutreachSessions(from) });
}
