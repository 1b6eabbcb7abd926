import type { QuestionRegistrationInput } from '@idokit/sdk';
import { readToday, writeToday, type TodayVisit } from './device-storage.js';
import { deskToday } from './visit-editor.js';

/**
 * The visits registered on this device today, per desk session: the latest version of each
 * (a correction or withdrawal takes the place of the visit it supersedes), newest first. Kept
 * on the device, so a reload keeps them; a new day starts an empty list, also on a page that
 * stayed open overnight.
 */
export class DeskDay {
  #key: string | undefined;
  #day = '';
  #visits: TodayVisit[] = [];

  /** Today's visits of the desk session stored under `key`, as of `now`. */
  visits(key: string | undefined, now: Date): readonly TodayVisit[] {
    this.#load(key, now);
    return this.#visits;
  }

  /** A stored registration joins the list, or replaces the visit it corrects or withdraws. */
  remember(key: string, now: Date, registration: QuestionRegistrationInput): void {
    this.#load(key, now);
    const replaces = registration.supersedes ?? registration.id;
    const visits = [...this.#visits];
    const at = visits.findIndex((v) => v.registration.id === replaces);
    if (at >= 0) visits[at] = { registration, at: visits[at]!.at };
    else visits.unshift({ registration, at: now.getTime() });
    this.#visits = visits;
    writeToday(key, this.#day, visits);
  }

  /** Forgets what was read (the device was forgotten: the storage is cleared elsewhere). */
  clear(): void {
    this.#key = undefined;
    this.#visits = [];
  }

  #load(key: string | undefined, now: Date): void {
    const day = deskToday(now);
    if (key === this.#key && day === this.#day) return;
    this.#key = key;
    this.#day = day;
    this.#visits = key ? readToday(key, day) : [];
  }
}
