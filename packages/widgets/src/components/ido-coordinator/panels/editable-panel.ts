import type { Editable, EditableCollection, IdoClient } from '@idokit/sdk';
import { nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { focusConflict } from '../conflict-view.js';
import { focusErrorSummary, type FieldErrors } from '../form-kit.js';
import { CoordinatorPanel } from '../panel-base.js';
import { saveProblem } from './panel.js';

/** A document open in a panel's form: its draft, and the version it was opened from. */
export interface Editing<Draft> {
  draft: Draft;
  /** The version it was opened from (`If-Match`); `null` for a new document. */
  etag: string | null;
}

/**
 * The base of a panel that lists and edits one kind of the organisation's documents (partners,
 * outreach sessions) through the coordinator's API: loading, the open form, saving with the
 * version it was edited from, a conflict shown with both versions (keep mine / take theirs),
 * field problems next to their fields, deleting after a confirmation, and the change event the
 * shell announces. A subclass says which collection, how a document becomes the form's draft and
 * back, and renders its list and form.
 */
export abstract class EditablePanel<
  Doc extends { id: string; name: string },
  Edit,
  Draft,
  S extends object,
> extends CoordinatorPanel<S> {
  /** The public API's client (categories, geocoder); default: one for `api` (or the shell's). */
  @property({ attribute: false }) publicClient?: IdoClient;

  /** A failed delete, shown above the list (a saved change is announced by the shell). */
  @state() protected failure = '';
  @state() protected items?: Editable<Doc>[];
  @state() protected loadError?: unknown;
  @state() protected editing?: Editing<Draft>;
  @state() protected errors: FieldErrors = {};
  /** A refusal that names no field (shown above the form). */
  @state() protected message?: string;
  @state() protected conflict?: { current: unknown; etag: string | null };
  /** The id of the document whose delete waits for a confirmation. */
  @state() protected confirming?: string;
  @state() protected busy = false;

  /** The entity the change event names. */
  protected abstract readonly entity: string;
  /** The form's heading id: focus moves there when the form opens. */
  protected abstract readonly formTitleId: string;
  /** The API's collection of these documents. */
  protected abstract collection(): EditableCollection<Doc, Edit>;
  /** The organisation's documents (and whatever else the panel needs loaded with them). */
  protected abstract loadItems(): Promise<Editable<Doc>[]>;
  protected abstract toDraft(doc: Doc): Draft;
  /** The draft of a new document. */
  protected abstract blankDraft(): Draft;
  protected abstract fromDraft(draft: Draft): Edit;
  protected abstract savedMessage(doc: Doc): string;
  protected abstract deletedMessage(doc: Doc): string;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('client') && this.client) void this.load();
  }

  /** Loads the organisation's documents. */
  async load(): Promise<void> {
    this.loadError = undefined;
    try {
      this.items = await this.loadItems();
    } catch (error) {
      this.loadError = error;
      this.reportError(error);
    }
  }

  /** What the panel shows: a load error, loading, the open form, or the list. */
  protected renderBody(
    renderList: (items: Editable<Doc>[]) => TemplateResult,
    renderEditor: (editing: Editing<Draft>) => TemplateResult,
  ): TemplateResult | typeof nothing {
    if (this.loadError) return this.renderError(this.loadError, () => this.load());
    if (!this.items) return this.renderLoading();
    return this.editing ? renderEditor(this.editing) : renderList(this.items);
  }

  /** The failure of a delete, above the list. */
  protected renderFailure(): TemplateResult | typeof nothing {
    return this.failure
      ? this.renderError(undefined, undefined, { message: this.failure })
      : nothing;
  }

  /** A refusal that names no field, above the form. */
  protected renderMessage(): TemplateResult | typeof nothing {
    return this.message
      ? this.renderError(undefined, undefined, { message: this.message })
      : nothing;
  }

  /** Opens the form for a document, or for a new one; focus moves to its heading. */
  protected open(item?: Editable<Doc>): void {
    this.editing = item
      ? { draft: this.toDraft(item.doc), etag: item.etag }
      : { draft: this.blankDraft(), etag: null };
    this.errors = {};
    this.message = undefined;
    this.conflict = undefined;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`#${this.formTitleId}`)?.focus(),
    );
  }

  protected close(): void {
    this.editing = undefined;
    this.errors = {};
    this.message = undefined;
    this.conflict = undefined;
  }

  /** Changes the open form's draft. */
  protected setDraft(patch: Partial<Draft>): void {
    if (this.editing)
      this.editing = { ...this.editing, draft: { ...this.editing.draft, ...patch } };
  }

  protected submit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    if (!this.editing || this.busy) return;
    await this.save(this.fromDraft(this.editing.draft), this.editing.etag);
  };

  /** Saves a document from the version `etag`; a refusal is shown where it belongs. */
  protected async save(doc: Edit, etag: string | null): Promise<void> {
    this.busy = true;
    try {
      const saved = await this.collection().save(doc, etag);
      this.upsert(saved);
      this.close();
      this.failure = '';
      this.emitChange(this.entity, saved.doc.id, this.savedMessage(saved.doc));
    } catch (error) {
      this.showProblem(error);
      await this.updateComplete;
      if (this.conflict) focusConflict(this.renderRoot);
      else if (this.message) this.renderRoot.querySelector<HTMLElement>('[part="error"]')?.focus();
      else focusErrorSummary(this.renderRoot);
    } finally {
      this.busy = false;
    }
  }

  /** Sorts a refused save into field problems, a conflict, or a message. */
  protected showProblem(error: unknown): void {
    const problem = saveProblem(error);
    this.errors = problem.errors;
    this.conflict = problem.conflict;
    this.message = problem.other === undefined ? undefined : this.reportError(problem.other);
  }

  /** Deletes a document at the version it was listed with (after the confirmation). */
  protected async removeItem(item: Editable<Doc>): Promise<void> {
    this.confirming = undefined;
    try {
      await this.collection().remove(item.doc.id, item.etag);
      this.items = this.items?.filter((i) => i.doc.id !== item.doc.id);
      this.failure = '';
      this.emitChange(this.entity, item.doc.id, this.deletedMessage(item.doc));
    } catch (error) {
      this.failure = this.reportError(error);
      await this.load();
    }
  }

  /** After a conflict: edit the server's version (or, when it was deleted, back to the list). */
  protected useTheirs(): void {
    const current = this.conflict?.current as Doc | null | undefined;
    const etag = this.conflict?.etag ?? null;
    if (!current) {
      this.close();
      void this.load();
      return;
    }
    this.editing = { draft: this.toDraft(current), etag };
    this.conflict = undefined;
    this.errors = {};
  }

  /** After a conflict: save this draft over the server's version, knowingly. */
  protected keepMine(): void {
    if (!this.editing || !this.conflict) return;
    void this.save(this.fromDraft(this.editing.draft), this.conflict.etag);
  }

  /** Puts a saved document in the list (replacing its earlier version). */
  protected upsert(saved: Editable<Doc>): void {
    const items = this.items ?? [];
    const at = items.findIndex((i) => i.doc.id === saved.doc.id);
    this.items = at === -1 ? [...items, saved] : items.map((i, n) => (n === at ? saved : i));
  }
}
