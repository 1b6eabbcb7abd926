import {
  findPersonalData,
  type Channel,
  type QuestionRegistrationInput,
  type Taxonomy,
} from '@idokit/sdk';
import { DeskDay } from './desk-day.js';
import {
  forgetDesk,
  readDraft,
  readSettings,
  writeDraft,
  writeSettings,
  type KeptDraft,
  type TodayVisit,
} from './device-storage.js';
import type { VisitEditor } from './visit-editor.js';

/**
 * What a desk keeps on this device, per API and location (a device enrolled again elsewhere
 * starts afresh there): its settings, the visit being typed (so a reload loses nothing) and the
 * visits registered today. Read once per desk; written as the form changes.
 */
export class DeskMemory {
  /** The storage key what is shown was read for; `undefined` before enrolment. */
  #key: string | undefined;
  /** The draft as last written, to write only changes. */
  #kept = '';
  readonly #day = new DeskDay();

  get key(): string | undefined {
    return this.#key;
  }

  /**
   * Reads the desk's memory once per `key` into `editor`: the default channel, and the visit
   * that was being typed before a reload (when nothing is typed yet).
   */
  read(key: string | undefined, editor: VisitEditor, taxonomy: Taxonomy | undefined): void {
    if (key === this.#key) return;
    this.#key = key;
    if (!key) return;
    editor.defaultChannel = readSettings(key).channel;
    const kept = readDraft(key);
    if (kept && !editor.touched && editor.mode.kind === 'new')
      editor.resume(kept.visit, kept.startedAt);
    else if (!editor.touched) editor.startNew(taxonomy, false);
  }

  /**
   * Keeps the visit being typed (never sent as such); a note with personal data in it is not
   * kept. Nothing is kept when nothing is typed, or while correcting.
   */
  keep(editor: VisitEditor, now: Date): void {
    const key = this.#key;
    if (!key) return;
    const { visit, mode } = editor;
    let kept = '';
    if (mode.kind === 'new' && editor.touched) {
      const safe = findPersonalData(visit.note, { at: now }).length
        ? { ...visit, note: '' }
        : visit;
      kept = JSON.stringify({ visit: safe, startedAt: editor.startedAt?.getTime() });
    }
    if (kept === this.#kept) return;
    this.#kept = kept;
    writeDraft(key, kept ? (JSON.parse(kept) as KeptDraft) : undefined);
  }

  /** Sets the channel new visits start with. False before enrolment. */
  setChannel(channel: Channel, editor: VisitEditor): boolean {
    if (!this.#key) return false;
    writeSettings(this.#key, { channel });
    editor.defaultChannel = channel;
    return true;
  }

  /** Today's visits on this device. */
  today(now: Date): readonly TodayVisit[] {
    return this.#day.visits(this.#key, now);
  }

  /** A stored registration joins today's list, or replaces the visit it corrects. */
  remember(now: Date, registration: QuestionRegistrationInput): void {
    if (this.#key) this.#day.remember(this.#key, now, registration);
  }

  /** Clears everything kept for the desk under `key` (the device is forgotten). */
  forget(key: string | undefined): void {
    if (key) forgetDesk(key);
    this.#key = undefined;
    this.#kept = '';
    this.#day.clear();
  }
}
