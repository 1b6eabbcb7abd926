import { TaskStatus } from '@lit/task';
import {
  filterPartners,
  formatDayName,
  formatStatus,
  nextStatusChange,
  openingStatus,
  weekSchedule,
  type DaySchedule,
  type OpeningHours,
  type Partner,
  type PartnerKind,
  type ReferralRoute,
  type Taxonomy,
  type TaxonomyEntry,
} from '@idokit/sdk';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { defineElement } from '../../base/define-element.js';
import { IdoElement } from '../../base/ido-element.js';
import { moveFocusInList } from '../../base/list-keys.js';
import { mailtoUrl, telUrl, webUrl } from '../../base/safe-url.js';
import { renderChoose, renderNextSteps, renderResultLine } from '../../shared/result-parts.js';
import { renderBring } from '../../shared/bring.js';
import { helplineFor, renderHelpline } from '../../shared/helpline.js';
import { renderSlipButton } from '../../shared/referral-slip/slip-button.js';
import { slipPartner } from '../../shared/referral-slip/slip-partner.js';
import { searchForm } from '../../shared/search-form.js';
import { dataTask } from '../../controllers/data-controller.js';
import { NowController } from '../../controllers/now-controller.js';
import { IdoPartnerSelectEvent } from '../../events/ido-partner-select.js';
import { languageList, wordList } from '../../localization/language-names.js';
import { capitalise } from '../../shared/hours-view.js';
import { timeRange } from '../../shared/time-range.js';
import { partnerListStyles } from './ido-partner-list.styles.js';
import type { PartnerFoundContext, PartnerStrings } from './strings.js';
import { partnerTexts } from './texts.js';

/** How the list is grouped: by partner kind (each partner once), by theme, or not at all. */
export type PartnerGrouping = 'kind' | 'theme' | 'none';

/** The `group-by` values. */
export const PARTNER_GROUPINGS: readonly PartnerGrouping[] = ['kind', 'theme', 'none'];

/** How long typing may pause before the list follows it (Enter applies at once). */
export const PARTNER_SEARCH_DELAY_MS = 300;

/** What one load brings: the municipality's partners and the labels to show them with. */
interface Loaded {
  taxonomy: Taxonomy;
  /** Every partner of the municipality (or all, without one), before theme, kind and words. */
  partners: Partner[];
}

/** One group of the list: a heading (none for `group-by="none"`) and its partners. */
interface Group {
  id: string;
  label?: string;
  description?: string;
  partners: Partner[];
}

/** Where focus goes after the list re-renders for a button that vanished. */
type FocusTarget = 'input' | 'status';

/**
 * The local partners an IDO refers residents to (sociaal raadslieden, Humanitas, the
 * Formulierenbrigade, schuldhulp, the municipality's desk …), for residents and for staff. A
 * search box (words in the name, description or kind; case and accents ignored) and a subject
 * choice narrow the list; partners are grouped by kind or theme with the taxonomy's own names.
 * Each partner shows a plain-language description, what it helps with, how to get in touch
 * (phone, e-mail, address, a sign-up form), whether it is open now and its hours this week (in
 * Europe/Amsterdam, whatever the reader's clock says), what to bring, languages and cost when
 * known. When nothing is found, a national help line is offered (`helpline`, else the
 * DigiHulplijn).
 *
 * Residents (without `staff`) never see text meant for staff: neither a partner's
 * `staffInstructions` nor the referral routes' `instructions`, and no choose button. With
 * `staff`, the partner's staff instructions and the warm-referral routes (each with its
 * instructions) come first, and each partner has a "Kies voor doorverwijzing" button. Each
 * partner's "Verwijsbriefje" button opens a referral slip for the resident to take home: printed
 * (A6 on A4) or scanned from the screen (a QR code to the partner's website or phone), in Dutch,
 * English, Arabic, Turkish, Polish or Ukrainian, without staff instructions or personal data.
 *
 * Links are made only from `https:`/`http:` web addresses, phone numbers and plain e-mail
 * addresses; anything else in the data is shown as text, never as a link.
 *
 * @summary Local referral partners: search, grouping, contact and warm referral, open now.
 * @tagname ido-partner-list
 * @wordpressIcon groups
 *
 * @attr api - Base URL of an IDO Kit server (or use `feed`, or an `<ido-provider>`).
 * @attr feed - URL of a static `feed.json`.
 *
 * @event {IdoPartnerSelectEvent} ido-partner-select - With `staff`: a partner was chosen with its "Kies voor doorverwijzing" button; `detail: { partner }`. Choosing it again un-chooses it without an event.
 * @event {IdoErrorEvent} ido-error - The partners could not be loaded; `detail: { error, message }`.
 *
 * @csspart base - The wrapper of everything.
 * @csspart form - The search form (a search landmark).
 * @csspart input - The search field.
 * @csspart theme - The subject choice.
 * @csspart status - The line that announces the number of partners found (a live region).
 * @csspart group - One group (a kind or a theme) with its heading and list.
 * @csspart heading - A group's heading.
 * @csspart list - A list of partners (`<ul>`).
 * @csspart item - One partner (`<li>`); the chosen one has `aria-current="true"`.
 * @csspart referral - A partner's contact block (residents) or referral block (staff).
 * @csspart staff-instructions - With `staff`: the partner's instructions for staff.
 * @csspart bring - What a resident should bring to the partner.
 * @csspart helpline - The national help line offered when nothing was found.
 * @csspart hours - A partner's open/closed status and week.
 * @csspart empty - What to try when nothing was found.
 * @csspart error - The box that says loading failed, with its retry button.
 *
 * @cssstate loading - The partners are loading.
 * @cssstate results - Partners are shown.
 * @cssstate empty - Nothing matches.
 * @cssstate error - Loading failed; a message and a retry button are shown.
 *
 * @cssproperty [--ido-color-surface=#f3f3f3] - Background of the referral block and the chosen partner.
 * @cssproperty [--ido-color-accent=#00587a] - The chosen partner's border and the referral block's bar.
 * @cssproperty [--ido-color-border=#767676] - Borders of the partner cards.
 *
 * @example
 * <ido-partner-list api="https://ido.bibliotheek.example" municipality="Zwolle"></ido-partner-list>
 * <ido-partner-list feed="/ido/feed.json" municipality="Zwolle" theme="toeslagen" staff></ido-partner-list>
 */
export class IdoPartnerList extends IdoElement<PartnerStrings> {
  static override styles = [IdoElement.styles, partnerListStyles];
  static override texts = partnerTexts;

  /** Only partners serving this municipality (`Zwolle`, `Súdwest-Fryslân`; case and accents ignored). */
  @property({ reflect: true }) municipality = '';

  /** Only partners helping with this theme id (`toeslagen`); the resident can change it. */
  @property({ reflect: true }) theme = '';

  /** Only partners of this kind (`schuldhulp`, `humanitas`, `sociaal-raadslieden`, …). */
  @property({ reflect: true }) kind = '';

  /**
   * For IDO staff: each partner's staff instructions and referral routes come first, with a
   * button to choose the partner. Without it (residents) no staff text and no button is shown.
   */
  @property({ type: Boolean, reflect: true }) staff = false;

  /** A help line (phone number) to offer when nothing is found; default the DigiHulplijn. */
  @property() helpline?: string;

  /** Group by `kind` (default; each partner once), `theme` (a partner under each of its themes) or `none`. */
  @property({ attribute: 'group-by', reflect: true }) groupBy: PartnerGrouping = 'kind';

  /** Search words to start with (the resident can change them). */
  @property() query = '';

  /** Level of the group headings (2–6); partner names are one level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** Id of the chosen partner; set by the choose buttons (with `staff`), or by the page. */
  @property({ reflect: true }) selected?: string;

  /** What is in the search field. */
  @state() private text = '';
  /** The words the list is filtered by (the field's text after a pause, or at Enter). */
  @state() private words = '';

  @query('#q') private input?: HTMLInputElement;
  @query('#status') private statusLine?: HTMLElement;

  private readonly time = new NowController(this);
  private typingTimer: ReturnType<typeof setTimeout> | undefined;
  private pendingFocus?: FocusTarget;
  /** The filtered list, recomputed only when its inputs change. */
  private shown?: { key: readonly unknown[]; partners: Partner[] };

  private readonly data = dataTask(this, {
    args: () => [this.municipality.trim()] as const,
    task: async ([municipality], { client, signal }): Promise<Loaded> => {
      const [taxonomy, partners] = await Promise.all([
        client.getTaxonomy({ signal }),
        client.listPartners(municipality ? { municipality } : {}, { signal }),
      ]);
      return { taxonomy, partners };
    },
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.typingTimer);
  }

  /** Filters the list by these words at once, as Enter in the search field does. */
  search(words: string): void {
    clearTimeout(this.typingTimer);
    this.text = words;
    this.words = words.trim();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('query')) this.search(this.query);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const loaded = this.completed();
    const count = loaded ? this.matching(loaded).length : 0;
    this.setState('results', !!loaded && count > 0);
    this.setState('empty', !!loaded && count === 0);
    if (this.pendingFocus && this.data.status !== TaskStatus.PENDING) {
      const target = this.pendingFocus === 'input' ? this.input : this.statusLine;
      this.pendingFocus = undefined;
      target?.focus();
    }
  }

  /** After a failed load's retry, or a vanished button, focus goes to the result line. */
  protected override focusFallback(): HTMLElement | null {
    return super.focusFallback() ?? this.statusLine ?? null;
  }

  protected override render(): TemplateResult {
    const loaded = this.completed();
    const failed = this.data.status === TaskStatus.ERROR || this.data.retrying;
    return html`<div
      class="base"
      part="base"
      role="region"
      lang=${this.language}
      dir=${this.direction}
      aria-label=${this.t.partnerLabel}
    >
      ${this.renderForm(loaded)} ${renderResultLine(this.statusText(loaded))}
      ${failed ? this.renderError(this.data.error, this.data) : nothing}
      ${loaded && !failed ? this.renderResults(loaded) : nothing}
    </div>`;
  }

  private renderForm(loaded: Loaded | undefined): TemplateResult {
    const t = this.t;
    const themes = loaded ? this.themeChoices(loaded) : [];
    return searchForm(
      {
        label: t.partnerFormLabel,
        onSubmit: (event) => this.onSubmit(event),
        field: {
          label: t.partnerSearchLabel,
          hint: t.partnerSearchHint,
          button: t.partnerSearchButton,
          value: this.text,
          type: 'search',
          autocomplete: 'off',
          fieldClass: 'field--search',
          onInput: (event) => this.onInput(event),
        },
      },
      html`<div class="field field--theme">
        <label class="ido-label" for="theme">${t.partnerThemeLabel}</label>
        <select id="theme" class="ido-input" part="theme" @change=${this.onThemeChange}>
          <option value="" ?selected=${!this.theme}>${t.partnerThemeAll}</option>
          ${themes.map(
            (entry) =>
              html`<option value=${entry.id} ?selected=${entry.id === this.theme}>
                ${this.labelOf(entry)}
              </option>`,
          )}
        </select>
      </div>`,
    );
  }

  private renderResults(loaded: Loaded): TemplateResult {
    const partners = this.matching(loaded);
    if (partners.length === 0) return this.renderEmpty(loaded);
    const groups = this.groups(loaded, partners);
    const level = this.level();
    const now = this.time.now;
    let wake: Date | undefined;
    for (const partner of partners) {
      const next = partner.hours ? nextStatusChange(partner.hours, now) : undefined;
      if (next && (!wake || next < wake)) wake = next;
    }
    this.time.wakeAt(wake);
    const heading = unsafeStatic(`h${level}`);
    return html`<div class="groups" @keydown=${this.onListKeydown}>
      ${groups.map((group) =>
        group.label === undefined
          ? this.renderList(group, loaded, level)
          : html`<section class="group" part="group" aria-labelledby=${`group-${group.id}`}>
              ${staticHtml`<${heading} class="group-heading" part="heading" id=${`group-${group.id}`}><span lang=${this.dataLanguage} dir="ltr">${group.label}</span></${heading}>`}
              ${group.description ? html`<p class="group-description" lang=${this.dataLanguage} dir="ltr">${group.description}</p>` : nothing}
              ${this.renderList(group, loaded, Math.min(6, level + 1))}
            </section>`,
      )}
    </div>`;
  }

  private renderList(group: Group, loaded: Loaded, level: number): TemplateResult {
    return html`<ul
      class="list"
      part="list"
      role="list"
      aria-label=${this.t.partnerListLabel(group.label)}
    >
      ${group.partners.map((partner) => this.renderItem(partner, loaded, level))}
    </ul>`;
  }

  private renderItem(partner: Partner, loaded: Loaded, level: number): TemplateResult {
    const t = this.t;
    const chosen = partner.id === this.selected;
    const heading = unsafeStatic(`h${level}`);
    const forName = html`<span class="ido-visually-hidden">${t.partnerFor(partner.name)}</span>`;
    const themes = partner.themes.map((id) =>
      this.labelOf(loaded.taxonomy.themes.find((e) => e.id === id) ?? { id }),
    );
    const kind = loaded.taxonomy.partnerKinds.find((e) => e.id === partner.kind);
    const website = partner.contact.website;
    const site = webUrl(website);
    return html`<li class="item" part="item" aria-current=${chosen ? 'true' : 'false'}>
      ${staticHtml`<${heading} class="name"><span lang="nl" dir="ltr">${partner.name}</span></${heading}>`}
      ${
        this.grouping() !== 'kind'
          ? html`<p class="kind">${t.partnerKind} ${this.labelOf(kind ?? { id: partner.kind })}</p>`
          : nothing
      }
      ${this.staff ? this.renderReferral(partner, forName) : nothing}
      <p class="description" lang="nl" dir="ltr">${partner.description}</p>
      ${
        themes.length
          ? html`<p class="themes">
              ${t.partnerHelpsWith}
              ${wordList(
                themes.map((theme) => this.isolate(theme)),
                this.locale,
              )}
            </p>`
          : nothing
      }
      ${partner.hours ? this.renderHours(partner.hours) : nothing}
      ${this.staff ? nothing : this.renderContact(partner, forName)}
      ${renderBring(t.partnerBring, partner.bring)}
      ${
        site
          ? html`<p class="website">
              <a class="ido-link ido-target" href=${site}>${t.partnerWebsite}${forName}</a>
            </p>`
          : website
            ? html`<p class="website">${t.partnerWebsiteText(this.isolate(website))}</p>`
            : nothing
      }
      ${
        partner.languages?.length
          ? html`<p class="languages">
              ${t.partnerLanguages} ${languageList(partner.languages, this.locale)}
            </p>`
          : nothing
      }
      ${
        partner.cost
          ? html`<p class="cost">
              ${t.partnerCost}
              <span class="cost-kind"
                >${t.partnerCostKind[partner.cost.kind] ?? partner.cost.kind}</span
              >${partner.cost.note ? html`. <span lang="nl" dir="ltr">${partner.cost.note}</span>` : nothing}
            </p>`
          : nothing
      }
      ${
        this.staff
          ? renderChoose({
              chosen,
              label: t.partnerSelectStaff,
              forName,
              chosenText: t.partnerSelected,
              onClick: () => this.toggleSelected(partner),
            })
          : nothing
      }
      <div class="slip">
        ${renderSlipButton({ partner: slipPartner(partner), lang: this.language, forName })}
      </div>
    </li>`;
  }

  /**
   * For staff: the partner's staff instructions, then one entry per referral route in the data,
   * each with its instructions.
   */
  private renderReferral(partner: Partner, forName: TemplateResult): TemplateResult {
    const t = this.t;
    return html`<div class="referral" part="referral">
      <p class="referral-title">${t.partnerReferTitle}</p>
      ${
        partner.staffInstructions
          ? html`<p class="staff-instructions" part="staff-instructions">
              <span class="staff-label">${t.partnerStaffInstructions}</span>
              <span lang="nl" dir="ltr">${partner.staffInstructions}</span>
            </p>`
          : nothing
      }
      <ul class="routes">
        ${partner.referral.map(
          (route) =>
            html`<li class="route">
              <span class="route-head"
                ><span class="method">${t.partnerMethod[route.method] ?? route.method}</span>
                ${this.renderRouteContact(partner, route, forName)}</span
              >
              <span class="instructions" lang="nl" dir="ltr">${route.instructions}</span>
            </li>`,
        )}
      </ul>
    </div>`;
  }

  /**
   * For residents: how to get in touch, from the partner's contact details (phone, e-mail,
   * address) and its sign-up forms; never the routes' instructions, which are for staff.
   */
  private renderContact(partner: Partner, forName: TemplateResult): TemplateResult {
    const t = this.t;
    const { phone, email, address } = partner.contact;
    const walkIn = partner.referral.some((route) => route.method === 'walk-in');
    const entry = (label: string, content: TemplateResult | typeof nothing) =>
      content === nothing
        ? nothing
        : html`<li class="route">
            <span class="route-head"><span class="method">${label}</span> ${content}</span>
          </li>`;
    const byPhone: ReferralRoute = { method: 'by-phone', instructions: '' };
    const byEmail: ReferralRoute = { method: 'by-email', instructions: '' };
    return html`<div class="referral" part="referral">
      <p class="referral-title">${t.partnerContactTitle}</p>
      <ul class="routes">
        ${phone ? entry(t.partnerMethod['by-phone'], this.renderRouteContact(partner, byPhone, forName)) : nothing}
        ${email ? entry(t.partnerMethod['by-email'], this.renderRouteContact(partner, byEmail, forName)) : nothing}
        ${
          address
            ? html`<li class="route">
                <span class="route-head"
                  >${walkIn ? html`<span class="method">${t.partnerMethod['walk-in']}</span>` : nothing}
                  <span class="address"
                    >${t.partnerAddress} ${address.street} ${address.houseNumber},
                    ${address.postcode} ${address.city}</span
                  ></span
                >
              </li>`
            : nothing
        }
        ${partner.referral
          .filter((route) => route.method === 'form-url')
          .map((route) =>
            entry(t.partnerMethod['form-url'], this.renderRouteContact(partner, route, forName)),
          )}
      </ul>
    </div>`;
  }

  /** The link (or, when the data cannot be a safe link, the text) that goes with a route. */
  private renderRouteContact(
    partner: Partner,
    route: ReferralRoute,
    forName: TemplateResult,
  ): TemplateResult | typeof nothing {
    const t = this.t;
    const { phone, email, address } = partner.contact;
    switch (route.method) {
      case 'by-phone': {
        const tel = telUrl(phone);
        if (tel)
          return html`<a class="ido-link ido-target" href=${tel}
            >${t.partnerCall(this.isolate(phone!))}</a
          >`;
        return phone ? html`<span>${t.partnerPhone(this.isolate(phone))}</span>` : nothing;
      }
      case 'by-email': {
        const mailto = mailtoUrl(email);
        if (mailto)
          return html`<a class="ido-link ido-target" href=${mailto}
            >${t.partnerMail(this.isolate(email!))}</a
          >`;
        return email ? html`<span>${t.partnerEmail(this.isolate(email))}</span>` : nothing;
      }
      case 'walk-in':
        return address
          ? html`<span class="address"
              >${t.partnerAddress}
              <bdi dir="ltr"
                >${address.street} ${address.houseNumber}, ${address.postcode} ${address.city}</bdi
              ></span
            >`
          : nothing;
      case 'form-url': {
        const form = webUrl(route.url);
        if (form)
          return html`<a class="ido-link ido-target" href=${form}>${t.partnerForm}${forName}</a>`;
        return route.url
          ? html`<span>${t.partnerFormText(this.isolate(route.url))}</span>`
          : nothing;
      }
      default:
        return nothing;
    }
  }

  private renderHours(hours: OpeningHours): TemplateResult {
    const t = this.t;
    const now = this.time.now;
    const status = openingStatus(hours, now);
    const text = formatStatus(status, now, {
      lang: 'nl',
      timeZone: hours.timeZone,
      texts: this.t.calendar,
    });
    const days = weekSchedule(hours, now).filter((d) => !d.closed || d.exception);
    return html`<div class="hours" part="hours">
      <p class="hours-now hours-line">
        <span class="hours-label">${t.partnerHours}</span>
        <span class="ido-status ido-status--${status.state}"
          ><span class="shape shape--${status.state}" aria-hidden="true"></span
          ><span>${text}</span></span
        >
      </p>
      ${
        days.length
          ? html`<details class="week">
              <summary class="ido-target">${t.partnerHoursWeek}</summary>
              <ul class="days">
                ${days.map((day) => this.renderDay(day))}
              </ul>
            </details>`
          : nothing
      }
    </div>`;
  }

  private renderDay(day: DaySchedule): TemplateResult {
    const name = capitalise(formatDayName(day.date, this.t.calendar), this.locale);
    if (day.closed) return html`<li><span class="day">${name}</span> ${this.t.hoursClosed}</li>`;
    return html`<li>
      <span class="day">${name}</span>
      ${day.intervals.map(
        (i, k) => html`${k > 0 ? ', ' : ''}${timeRange(i.opens, i.closes, this.t.hoursRange)}`,
      )}
    </li>`;
  }

  private renderEmpty(loaded: Loaded): TemplateResult {
    const t = this.t;
    const municipality = this.municipality.trim();
    if (loaded.partners.length === 0 && municipality) {
      return html`<div class="empty" part="empty">
        <p>${t.partnerNoneInArea(this.isolate(municipality))}</p>
        <p>${t.partnerTryDesk}</p>
        ${this.renderHelpline()}
      </div>`;
    }
    return html`<div class="empty" part="empty">
      <p class="empty-title">${t.partnerTryTitle}</p>
      <ul class="tries">
        ${this.words ? html`<li>${t.partnerTryWords}</li>` : nothing}
        ${this.theme ? html`<li>${t.partnerTryTheme}</li>` : nothing}
        <li>${t.partnerTryDesk}</li>
      </ul>
      ${renderNextSteps([
        !!this.words && {
          label: t.partnerClearSearch,
          primary: true,
          onClick: () => this.clearWords(),
        },
        !!this.theme && { label: t.partnerAllThemes, onClick: () => this.clearTheme() },
        !!this.kind && { label: t.partnerAllKinds, onClick: () => this.clearKind() },
      ])}
      ${this.renderHelpline()}
    </div>`;
  }

  /** The national help line, offered whenever the list has no partner to give. */
  private renderHelpline(): TemplateResult | typeof nothing {
    return renderHelpline(this, this.t.partnerHelpline, helplineFor(this.helpline));
  }

  private statusText(loaded: Loaded | undefined): string {
    if (this.data.status === TaskStatus.PENDING && !this.data.retrying) return this.t.loading;
    if (!loaded) return '';
    const count = this.matching(loaded).length;
    const context = this.foundContext(loaded);
    return count === 0 ? this.t.partnerNone(context) : this.t.partnerFound(count, context);
  }

  private foundContext(loaded: Loaded): PartnerFoundContext {
    const theme = this.theme
      ? this.labelOf(loaded.taxonomy.themes.find((e) => e.id === this.theme) ?? { id: this.theme })
      : undefined;
    const kind = this.kind
      ? this.labelOf(
          loaded.taxonomy.partnerKinds.find((e) => e.id === this.kind) ?? { id: this.kind },
        )
      : undefined;
    // Place names, Dutch labels and typed words keep their own direction in an Arabic sentence.
    const own = (value: string | undefined) => (value ? this.isolate(value) : undefined);
    return {
      municipality: own(this.municipality.trim()),
      theme: own(theme),
      kind: own(kind),
      query: own(this.words),
    };
  }

  /** The loaded data, when the last load succeeded. */
  private completed(): Loaded | undefined {
    return this.data.status === TaskStatus.COMPLETE ? this.data.value : undefined;
  }

  /** The partners that match theme, kind and words, by the SDK's one filter. */
  private matching(loaded: Loaded): Partner[] {
    const key = [loaded, this.theme, this.kind, this.words] as const;
    if (this.shown && this.shown.key.every((value, i) => value === key[i])) {
      return this.shown.partners;
    }
    const kind = this.kind.trim();
    const partners = filterPartners(loaded.partners, {
      ...(this.theme ? { theme: this.theme } : {}),
      // An unknown kind matches nothing (the empty state offers every kind), rather than everything.
      ...(kind ? { kind: kind as PartnerKind } : {}),
      ...(this.words ? { q: this.words } : {}),
    });
    this.shown = { key, partners };
    return partners;
  }

  private groups(loaded: Loaded, partners: Partner[]): Group[] {
    const grouping = this.grouping();
    if (grouping === 'none') return [{ id: 'all', partners }];
    const entries: {
      id: string;
      label?: TaxonomyEntry['label'];
      description?: TaxonomyEntry['description'];
    }[] = grouping === 'kind' ? [...loaded.taxonomy.partnerKinds] : [...loaded.taxonomy.themes];
    const known = new Set(entries.map((e) => e.id));
    // Ids the taxonomy lacks still get a group (named by their id) rather than vanishing.
    for (const partner of partners) {
      for (const id of grouping === 'kind' ? [partner.kind] : partner.themes) {
        if (!known.has(id)) {
          known.add(id);
          entries.push({ id });
        }
      }
    }
    return entries
      .filter((entry) => grouping === 'kind' || !this.theme || entry.id === this.theme)
      .map((entry) => ({
        id: `${grouping}-${entry.id}`,
        label: this.labelOf(entry),
        ...(entry.description ? { description: entry.description[this.dataLanguage] } : {}),
        partners: partners.filter((p) =>
          grouping === 'kind' ? p.kind === entry.id : p.themes.includes(entry.id),
        ),
      }))
      .filter((group) => group.partners.length > 0);
  }

  /** Themes a resident can choose: those the municipality's partners help with, plus the chosen one. */
  private themeChoices(loaded: Loaded): TaxonomyEntry[] {
    const used = new Set(loaded.partners.flatMap((p) => p.themes));
    const choices = loaded.taxonomy.themes.filter((e) => used.has(e.id) || e.id === this.theme);
    // A theme the page set that the taxonomy lacks stays visible as chosen (named by its id).
    if (this.theme && !choices.some((e) => e.id === this.theme)) {
      choices.push({ id: this.theme, label: { nl: this.theme, en: this.theme } });
    }
    return choices;
  }

  /** A taxonomy entry's name in the element's language; its id when the data has no label. */
  private labelOf(entry: { id: string; label?: TaxonomyEntry['label'] }): string {
    return entry.label?.[this.dataLanguage] ?? entry.id;
  }

  private grouping(): PartnerGrouping {
    return PARTNER_GROUPINGS.includes(this.groupBy) ? this.groupBy : 'kind';
  }

  private level(): number {
    return Math.min(6, Math.max(2, Math.round(this.headingLevel) || 3));
  }

  private onInput(event: Event): void {
    this.text = (event.target as HTMLInputElement).value;
    clearTimeout(this.typingTimer);
    // Cleared (Escape, the field's ×): at once; typed words: after a short pause.
    if (!this.text.trim()) {
      this.words = '';
      return;
    }
    this.typingTimer = setTimeout(() => (this.words = this.text.trim()), PARTNER_SEARCH_DELAY_MS);
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    this.search(this.input?.value ?? this.text);
  }

  private onThemeChange(event: Event): void {
    this.theme = (event.target as HTMLSelectElement).value;
  }

  private clearWords(): void {
    this.search('');
    this.pendingFocus = 'input';
  }

  private clearTheme(): void {
    this.theme = '';
    this.pendingFocus = 'status';
  }

  private clearKind(): void {
    this.kind = '';
    this.pendingFocus = 'status';
  }

  private toggleSelected(partner: Partner): void {
    if (this.selected === partner.id) {
      this.selected = undefined;
      return;
    }
    this.selected = partner.id;
    this.emit(new IdoPartnerSelectEvent({ partner }));
  }

  /** Arrow keys move between the partners' choose buttons; Home and End go to the ends. */
  private onListKeydown(event: KeyboardEvent): void {
    if ((event.target as HTMLElement).classList.contains('select'))
      moveFocusInList(event, [
        ...this.renderRoot.querySelectorAll<HTMLButtonElement>('.list .select'),
      ]);
  }
}

/** Registers `<ido-partner-list>` once. */
export function defineIdoPartnerList(): void {
  defineElement('ido-partner-list', IdoPartnerList);
}

declare global {
  interface HTMLElementTagNameMap {
    'ido-partner-list': IdoPartnerList;
  }
}
