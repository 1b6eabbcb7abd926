import {
  describePersonalData,
  findPersonalData,
  NOTE_MAX_LENGTH,
  type PersonalDataFinding,
  type PersonalDataKind,
} from '@idokit/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { QuestionFormStrings } from './strings.js';

// The visit's free-text note, checked for personal data as it is typed (the server checks it
// again): what was found is named, highlighted, and can be taken out with one button.

/** What the note field shows and changes. */
export interface NoteFieldOptions {
  note: string;
  /** The instant to check against (a birth date is one in the past). */
  at: Date;
  strings: QuestionFormStrings;
  dataLanguage: 'nl' | 'en';
  onInput: (note: string) => void;
  /** "Haal het weg": take these findings out of the note. */
  onRemoveFindings: (findings: PersonalDataFinding[]) => void;
}

export function renderNoteField(o: NoteFieldOptions): TemplateResult {
  const { note, strings: t } = o;
  const all = note ? findPersonalData(note, { at: o.at, warnings: true }) : [];
  // Personal data blocks registering; a likely name is only a warning (it may be a street, a
  // place or an organisation), marked so staff can take it out or leave it.
  const findings = all.filter((f) => f.severity === 'block');
  const warnings = all.filter((f) => f.severity === 'warn');
  const kinds = [...new Set(findings.map((f) => f.kind))] as PersonalDataKind[];
  const invalid = findings.length > 0;
  const described = [
    'note-hint',
    invalid && 'note-error',
    !invalid && warnings.length && 'note-warning',
    'note-count',
  ]
    .filter(Boolean)
    .join(' ');
  return html`<div class="field" part="note">
    <label class="ido-label" for="note">${t.formNote}</label>
    <span class="ido-hint" id="note-hint">${t.formNoteHint}</span>
    ${
      invalid
        ? html`<div class="finding" id="note-error">
            <p class="ido-field-error" role="alert">
              ${t.formNotePersonalData(describePersonalData(kinds, o.dataLanguage))}
            </p>
            <p>
              <span class="ido-visually-hidden">${t.formNoteFound}</span>
              ${highlight(note, all)}
            </p>
            <button
              class="ido-button ido-button--secondary"
              type="button"
              @click=${() => o.onRemoveFindings(all)}
            >
              ${t.formNoteRemoveFindings}
            </button>
          </div>`
        : warnings.length
          ? html`<div class="finding" id="note-warning">
              <p class="warning" role="status">${t.formNoteNameWarning}</p>
              <p>
                <span class="ido-visually-hidden">${t.formNoteFound}</span>
                ${highlight(note, warnings)}
              </p>
              <button
                class="ido-button ido-button--secondary"
                type="button"
                @click=${() => o.onRemoveFindings(warnings)}
              >
                ${t.formNoteRemoveFindings}
              </button>
            </div>`
          : nothing
    }
    <textarea
      id="note"
      class="ido-input"
      dir="auto"
      rows="2"
      maxlength=${NOTE_MAX_LENGTH}
      aria-describedby=${described}
      aria-invalid=${invalid ? 'true' : 'false'}
      .value=${live(note)}
      @input=${(e: Event) => o.onInput((e.target as HTMLTextAreaElement).value)}
    ></textarea>
    <span class="ido-hint count" id="note-count"
      >${t.formNoteCount(note.length, NOTE_MAX_LENGTH)}</span
    >
  </div>`;
}

/** The note with each finding wrapped in a highlighted `<mark>`. */
function highlight(text: string, findings: PersonalDataFinding[]): TemplateResult {
  const parts: (string | TemplateResult)[] = [];
  let at = 0;
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    if (f.start < at) continue;
    parts.push(text.slice(at, f.start));
    parts.push(
      f.severity === 'warn'
        ? html`<mark class="warning" part="note-finding note-warning"
            >${text.slice(f.start, f.end)}</mark
          >`
        : html`<mark part="note-finding">${text.slice(f.start, f.end)}</mark>`,
    );
    at = f.end;
  }
  parts.push(text.slice(at));
  return html`<span class="note-preview">${parts}</span>`;
}

/** The note without the findings, its spaces tidied. */
export function removeFindings(text: string, findings: PersonalDataFinding[]): string {
  let result = text;
  for (const f of [...findings].sort((a, b) => b.start - a.start))
    result = result.slice(0, f.start) + result.slice(f.end);
  return result.replace(/\s{2,}/g, ' ').trim();
}
