import type { QuestionRegistrationInput } from '@idokit/sdk';
import type { Desk } from './device-storage.js';
import { formatDay } from './held-list.js';
import type { QuestionFormStrings } from './strings.js';

/** What a summary needs to name things in the staff's language. */
export interface SummaryContext {
  desk: Desk;
  strings: QuestionFormStrings;
  lang: 'nl' | 'en';
  locale: string;
  /** Today's civil date: a visit of another day names its day and hour. */
  today: string;
}

/**
 * What a registration records, in one short line staff can check at a glance, e.g.
 * "Toeslagen · Dienst Toeslagen · informatie gegeven · aan de balie": per question its topics
 * (or its kind), organisations and the help given (with the partner or the reason), then the
 * channel, and the day, hour and place when the visit was not now and here.
 */
export function describeVisit(reg: QuestionRegistrationInput, o: SummaryContext): string {
  const { desk, strings: t, lang } = o;
  const tax = desk.taxonomy;
  const label = <T extends { id: string; label: { nl: string; en: string } }>(
    list: readonly T[],
    id: string | undefined,
  ) => list.find((x) => x.id === id)?.label[lang] ?? id ?? '';
  const questions = reg.questions.map((q) => {
    const parts: string[] = [];
    const themes = (q.themes ?? []).map((id) => label(tax.themes, id));
    parts.push(themes.length ? themes.join(', ') : label(tax.questionTypes, q.type));
    const organisations = (q.organisations ?? []).map((id) => label(tax.organisations, id));
    if (organisations.length) parts.push(organisations.join(', '));
    if (q.help === 'referred' && q.referral) {
      const to = q.referral.partnerId
        ? (desk.partners.find((p) => p.id === q.referral?.partnerId)?.name ?? q.referral.partnerId)
        : label(tax.partnerKinds, q.referral.partnerKind);
      parts.push(t.formSummaryReferred(to, q.referral.warm ?? false));
    } else if (q.help === 'not-helped' && q.notHelpedReason) {
      parts.push(
        `${lower(label(tax.help, q.help))}: ${lower(label(tax.notHelpedReasons, q.notHelpedReason))}`,
      );
    } else parts.push(lower(label(tax.help, q.help)));
    return parts.join(' · ');
  });
  const visit = [questions.join(' + '), lower(label(tax.channels, reg.channel))];
  if (reg.date !== o.today)
    visit.push(t.formSummaryWhen(`${formatDay(reg.date, o.locale)}, ${reg.hour}:00`));
  if (reg.outreach) visit.push(t.formSummaryOutreach(reg.outreach.name));
  else if (desk.locationId && reg.locationId !== desk.locationId)
    visit.push(
      t.formSummaryOutreach(
        desk.siblings?.find((l) => l.id === reg.locationId)?.name ?? reg.locationId,
      ),
    );
  return visit.join(' · ');
}

/** "Informatie gegeven" → "informatie gegeven" inside a line; names such as "UWV" stay. */
function lower(text: string): string {
  const [first = '', second = ''] = text;
  return second && second === second.toLowerCase() ? first.toLowerCase() + text.slice(1) : text;
}
