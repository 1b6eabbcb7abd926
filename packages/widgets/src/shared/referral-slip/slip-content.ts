import {
  formatDate,
  formatReason,
  weekSchedule,
  type DaySchedule,
  type OpeningHours,
} from '@idokit/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { telUrl, webUrl } from '../../base/safe-url.js';
import { capitalise } from '../hours-view.js';
import { renderQr, type QrCode } from './qr.js';
import type { SlipPartner } from './slip-partner.js';
import { slipLanguages, type SlipLanguage } from './slip-strings.js';

/** Where a slip's QR code leads: the partner's website, else a call to its phone. */
export interface SlipLink {
  kind: 'website' | 'phone';
  /** An allowed URL (`https:`/`http:` or `tel:`), from the safe-url helpers. */
  url: string;
}

/** The link of the QR code, or `undefined` when the partner has no safe website or phone. */
export function slipLink(partner: SlipPartner): SlipLink | undefined {
  const site = webUrl(partner.contact.website);
  if (site) return { kind: 'website', url: site };
  const tel = telUrl(partner.contact.phone);
  return tel ? { kind: 'phone', url: tel } : undefined;
}

/** What one slip shows. */
export interface SlipContent {
  partner: SlipPartner;
  lang: SlipLanguage;
  /** Now: the slip gives the hours of the week after this instant's week. */
  at: Date;
  /** The QR code of {@link slipLink}, once encoded. */
  qr?: QrCode | undefined;
}

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;
/** Between two times: an en dash with thin spaces. */
const DASH = '\u2009–\u2009';

/**
 * A referral slip (`.slip`): the partner's name, what it helps with, how to reach it, next
 * week's hours, what to bring and a QR code. The slip's words are in `lang` (right to left for
 * Arabic); the partner's data stays as written, Dutch and left to right. No personal data, no
 * registration and no staff instructions: there are none to give it ({@link SlipPartner}).
 */
export function renderSlip({ partner, lang, at, qr }: SlipContent): TemplateResult {
  const { strings: s, dir } = slipLanguages[lang];
  const link = slipLink(partner);
  const { phone, email, website, address } = partner.contact;
  const line = (label: string, value: string, cls: string) =>
    html`<li class=${cls}><span class="label">${label}</span> <bdi dir="ltr">${value}</bdi></li>`;
  return html`<article class="slip" lang=${lang} dir=${dir} aria-labelledby="slip-name">
    <p class="slip-heading">${s.heading}</p>
    <h3 class="slip-name" id="slip-name" lang="nl" dir="ltr">${partner.name}</h3>
    <section class="slip-part">
      <h4>${s.helpsWith}</h4>
      <p class="slip-description" lang="nl" dir="ltr">${partner.description}</p>
    </section>
    ${
      phone || email || website || address
        ? html`<section class="slip-part">
            <h4>${s.contact}</h4>
            <ul class="slip-contact" role="list">
              ${phone ? line(s.phone, phone, 'phone') : nothing}
              ${email ? line(s.email, email, 'email') : nothing}
              ${website ? line(s.website, website, 'website') : nothing}
              ${
                address
                  ? line(
                      s.address,
                      `${address.street} ${address.houseNumber}, ${address.postcode} ${address.city}`,
                      'address',
                    )
                  : nothing
              }
            </ul>
          </section>`
        : nothing
    }
    ${partner.hours ? renderNextWeek(partner.hours, lang, at) : nothing}
    ${
      partner.bring?.length
        ? html`<section class="slip-part">
            <h4>${s.bring}</h4>
            <ul class="slip-bring" lang="nl" dir="ltr">
              ${partner.bring.map((item) => html`<li>${item}</li>`)}
            </ul>
          </section>`
        : nothing
    }
    ${
      link && qr && qr.text === link.url
        ? html`<figure class="slip-qr">
            ${renderQr(qr, s.qrLabel(link.kind === 'website' ? (website ?? '') : (phone ?? '')))}
            <figcaption>${link.kind === 'website' ? s.scanWebsite : s.scanPhone}</figcaption>
          </figure>`
        : nothing
    }
  </article>`;
}

/** Next week's days that are open (or closed against the pattern, with the reason), in `lang`. */
function renderNextWeek(hours: OpeningHours, lang: SlipLanguage, at: Date): TemplateResult {
  const { strings: s, hours: texts } = slipLanguages[lang];
  const days = weekSchedule(hours, new Date(at.getTime() + WEEK_MS)).filter(
    (d) => !d.closed || d.exception,
  );
  return html`<section class="slip-part">
    <h4>${s.hoursNextWeek}</h4>
    ${
      days.some((d) => !d.closed)
        ? html`<ul class="slip-hours" role="list">
            ${days.map((day) => renderDay(day, lang))}
          </ul>`
        : html`<p>${s.hoursNone}</p>`
    }
  </section>`;
  function renderDay(day: DaySchedule, language: SlipLanguage): TemplateResult {
    const name = capitalise(formatDate(day.date, texts), language);
    if (day.closed)
      return html`<li>
        <span class="day">${name}</span> ${texts.closed}${
          day.reason ? html` (<bdi>${formatReason(day.reason, texts)}</bdi>)` : nothing
        }
      </li>`;
    return html`<li>
      <span class="day">${name}</span>
      <bdi dir="ltr">${day.intervals.map((i) => `${i.opens}${DASH}${i.closes}`).join(', ')}</bdi>
    </li>`;
  }
}
