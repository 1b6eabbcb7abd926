import { adoptStyles, html, nothing, render, type CSSResult, type TemplateResult } from 'lit';
import { readClock, type NowSource } from '../../controllers/clock.js';
import { sharedStyles } from '../../styles/shared.js';
import { encodeQr, type QrCode } from './qr.js';

export { preloadEncoder } from './qr.js';
import { renderSlip, slipLink } from './slip-content.js';
import type { SlipPartner } from './slip-partner.js';
import { slipDialogStyles, slipPageStyles, slipStyles } from './slip-styles.js';
import {
  SLIP_LANGUAGES,
  slipLanguageOf,
  slipLanguages,
  type SlipLanguage,
} from './slip-strings.js';

/** What {@link openReferralSlip} needs. */
export interface OpenSlipOptions {
  partner: SlipPartner;
  /** The button that opens it: focus returns to it, and the slip reads its element's clock. */
  opener: HTMLElement;
  /** The language of that element: the dialog's own words. */
  lang: string;
}

/**
 * Opens a partner's referral slip in a modal dialog beside `opener` (in the same shadow root),
 * in the page's language when it is one of the six, else the element's. Staff change the
 * language with the dialog's choice, print it (an A6 card on A4 paper) or let the resident scan
 * its QR code. Escape or "Sluiten" closes it and focus returns to `opener`.
 */
export async function openReferralSlip(options: OpenSlipOptions): Promise<ReferralSlipDialog> {
  const slip = new ReferralSlipDialog(options);
  await slip.show();
  return slip;
}

/** The element `opener` is in (its shadow root's host), if any. */
function hostOf(node: Node): Element | undefined {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : undefined;
}

/** The nearest `lang` from `element` outwards, across shadow roots. */
function languageAround(element: Element | undefined): string | undefined {
  let at: Element | undefined = element;
  while (at) {
    const found = at.closest('[lang]');
    if (found) return found.getAttribute('lang') ?? undefined;
    at = hostOf(at);
  }
  return document.documentElement.lang || undefined;
}

/** Builds a stylesheet in `win`'s realm (a frame's document adopts only its own). */
function sheetIn(win: Window, style: CSSResult): CSSStyleSheet {
  const sheet = new (win as Window & typeof globalThis).CSSStyleSheet();
  sheet.replaceSync(style.cssText);
  return sheet;
}

/** One open slip: its dialog, the chosen language and the QR code. */
export class ReferralSlipDialog {
  /** The language the slip is in. */
  language: SlipLanguage;
  private readonly ui: SlipLanguage;
  private readonly partner: SlipPartner;
  private readonly opener: HTMLElement;
  private readonly at: Date;
  private readonly holder = document.createElement('div');
  private readonly root: ShadowRoot;
  private qr: QrCode | undefined;
  private readonly qrReady: Promise<void>;

  constructor({ partner, opener, lang }: OpenSlipOptions) {
    this.partner = partner;
    this.opener = opener;
    const host = hostOf(opener);
    this.at = readClock((host as { clock?: NowSource } | undefined)?.clock);
    this.ui = slipLanguageOf(lang) ?? 'nl';
    this.language = slipLanguageOf(languageAround(host ?? opener)) ?? this.ui;
    this.holder.className = 'ido-referral-slip';
    this.root = this.holder.attachShadow({ mode: 'open' });
    adoptStyles(this.root, [...sharedStyles, slipStyles, slipDialogStyles]);
    const link = slipLink(partner);
    this.qrReady = link
      ? encodeQr(link.url).then(
          (code) => {
            this.qr = code;
            this.update();
          },
          // Offline without the encoder: the slip has every detail in words.
          () => undefined,
        )
      : Promise.resolve();
  }

  /** The dialog element. */
  get dialog(): HTMLDialogElement {
    return this.root.querySelector('dialog')!;
  }

  /** The print frame of the last print, if any (its document holds the printed slip). */
  get printFrame(): HTMLIFrameElement | null {
    return this.root.querySelector('iframe');
  }

  async show(): Promise<void> {
    const root = this.opener.getRootNode();
    (root instanceof ShadowRoot ? root : document.body).append(this.holder);
    this.update();
    this.dialog.showModal();
    await this.qrReady;
  }

  /** Shows the slip in `lang`. */
  setLanguage(lang: SlipLanguage): void {
    this.language = lang;
    this.update();
  }

  /**
   * Prints the slip alone: it is drawn in a frame of its own (an empty document with the slip's
   * styles, no requests) whose print dialog the browser opens, so nothing else on the page is
   * printed and nothing is sent anywhere.
   */
  async print(): Promise<void> {
    await this.qrReady;
    this.printFrame?.remove();
    const frame = document.createElement('iframe');
    frame.className = 'slip-frame';
    frame.title = slipLanguages[this.ui].strings.open;
    frame.tabIndex = -1;
    frame.setAttribute('aria-hidden', 'true');
    this.root.append(frame);
    const win = frame.contentWindow!;
    const doc = frame.contentDocument!;
    const { strings, dir } = slipLanguages[this.language];
    doc.documentElement.lang = this.language;
    doc.documentElement.dir = dir;
    doc.title = `${strings.open}: ${this.partner.name}`;
    doc.adoptedStyleSheets = [sheetIn(win, slipStyles), sheetIn(win, slipPageStyles)];
    render(this.slip(), doc.body, { creationScope: doc });
    win.focus();
    win.print();
    this.root.querySelector<HTMLElement>('.slip-print')?.focus();
  }

  /** Closes the dialog (as Escape does); focus returns to the button that opened it. */
  close(): void {
    this.dialog.close();
  }

  private onClose(): void {
    render(nothing, this.root);
    this.holder.remove();
    if (this.opener.isConnected) this.opener.focus();
  }

  private slip(): TemplateResult {
    return renderSlip({ partner: this.partner, lang: this.language, at: this.at, qr: this.qr });
  }

  private update(): void {
    const { strings: u, dir } = slipLanguages[this.ui];
    render(
      html`<dialog
        class="slip-dialog"
        aria-labelledby="slip-title"
        lang=${this.ui}
        dir=${dir}
        @close=${() => this.onClose()}
      >
        <h2 class="slip-title" id="slip-title">${u.open}</h2>
        <div class="slip-controls">
          <div class="slip-language">
            <label class="ido-label" for="slip-lang">${u.language}</label>
            <select
              id="slip-lang"
              class="ido-input"
              @change=${(event: Event) =>
                this.setLanguage((event.target as HTMLSelectElement).value as SlipLanguage)}
            >
              ${SLIP_LANGUAGES.map(
                (lang) =>
                  html`<option value=${lang} lang=${lang} ?selected=${lang === this.language}>
                    ${slipLanguages[lang].strings.autonym}
                  </option>`,
              )}
            </select>
          </div>
          <button type="button" class="ido-button slip-print" @click=${() => void this.print()}>
            ${u.print}
          </button>
          <button
            type="button"
            class="ido-button ido-button--secondary slip-close"
            @click=${() => this.close()}
          >
            ${u.close}
          </button>
        </div>
        ${this.slip()}
      </dialog>`,
      this.root,
    );
  }
}
