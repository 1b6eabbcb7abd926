import { html, type TemplateResult } from 'lit';
import type { SlipPartner } from './slip-partner.js';

/** The button's text per language of the element it is in; other languages get Dutch. */
const OPEN: Readonly<Record<string, string>> = {
  nl: 'Verwijsbriefje',
  en: 'Referral slip',
  ar: 'ورقة الإحالة',
  tr: 'Yönlendirme notu',
  pl: 'Skierowanie',
  uk: 'Направлення',
};

/** What {@link renderSlipButton} needs. */
export interface SlipButtonOptions {
  /** The partner, as a slip may show it (`slipPartner(partner)`). */
  partner: SlipPartner;
  /** The language of the element the button is in (the button's text; the slip's default). */
  lang: string;
  /** Says, to screen readers only, which partner the button is for. */
  forName?: TemplateResult;
}

/**
 * The "Verwijsbriefje" button (`.slip-open`): opens the referral slip of a partner in a modal
 * dialog, to print or to show as a QR code. The dialog, its text in six languages and the QR
 * code load the first time a slip opens (a chunk of their own), so a page that never opens one
 * downloads none of it. Styled by the element's own `.ido-button` styles.
 */
export function renderSlipButton(options: SlipButtonOptions): TemplateResult {
  const lang = options.lang.toLowerCase().split('-')[0] ?? 'nl';
  return html`<button
    type="button"
    class="ido-button ido-button--secondary slip-open"
    aria-haspopup="dialog"
    @click=${async (event: Event) => {
      const opener = event.currentTarget as HTMLButtonElement;
      // Offline before the dialog's chunk was ever loaded: nothing opens; the next click tries again.
      const module = await import('./slip-dialog.js').catch(() => undefined);
      await module?.openReferralSlip({ partner: options.partner, opener, lang: options.lang });
    }}
  >
    ${OPEN[lang] ?? OPEN.nl}${options.forName ?? ''}
  </button>`;
}

let preloaded: Promise<unknown> | undefined;

/**
 * Loads the dialog and the QR encoder in the background, once, so that a staff page which goes
 * offline later (its service worker keeps what was loaded) can still open slips. Resident pages
 * do not call it: they load the slip when one is opened.
 */
export function preloadReferralSlip(): void {
  preloaded ??= import('./slip-dialog.js')
    .then((module) => module.preloadEncoder())
    .catch(() => (preloaded = undefined));
}
