import type { Partner, PartnerEdit, ReferralRoute } from '@idokit/sdk';
import { fromSchedule, slugOf, toSchedule, type ScheduleDraft } from '../location-draft.js';
import { splitList } from './panel.js';

/** How long a partner entry stays current before the coordinator is reminded to check it. */
export const CHECK_EVERY_MONTHS = 6;

/** The day `months` months before `today` (YYYY-MM-DD), clamped to the month's last day. */
export function monthsBefore(today: string, months: number): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) - months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${year}-${pad(month)}-${pad(Math.min(d, last))}`;
}

/** Whether a partner is due a check: never checked, or last checked six months ago or more. */
export function needsCheck(partner: Pick<Partner, 'checkedOn'>, today: string): boolean {
  return !partner.checkedOn || partner.checkedOn <= monthsBefore(today, CHECK_EVERY_MONTHS);
}

/** A new partner of the organisation: what the form starts from. */
export function blankPartner(organisation: string, municipalities: string[]): PartnerEdit {
  return {
    id: '',
    name: '',
    kind: 'other',
    description: '',
    themes: [],
    municipalities: municipalities.slice(0, 1),
    contact: {},
    referral: [{ method: 'by-phone', instructions: '' }],
    organisation,
  };
}

/** The partner form's values as typed (lists as text), turned into a partner on save. */
export interface PartnerDraft {
  id: string;
  name: string;
  kind: string;
  themes: string[];
  municipalities: string;
  languages: string;
  costKind: string;
  costNote: string;
  checkedOn: string;
  description: string;
  staffInstructions: string;
  bring: string;
  phone: string;
  email: string;
  website: string;
  street: string;
  houseNumber: string;
  postcode: string;
  city: string;
  referral: { method: string; instructions: string; url: string }[];
  /** The partner's opening hours (optional: `on` when the partner has them). */
  hours: ScheduleDraft;
  /** What the form does not edit (the organisation), kept as it was. */
  base: PartnerEdit;
}

/** The form's values for a partner. */
export function partnerDraft(doc: PartnerEdit): PartnerDraft {
  const address = doc.contact.address;
  return {
    id: doc.id,
    name: doc.name,
    kind: doc.kind,
    themes: [...doc.themes],
    municipalities: doc.municipalities.join(', '),
    languages: doc.languages?.join(', ') ?? '',
    costKind: doc.cost?.kind ?? '',
    costNote: doc.cost?.note ?? '',
    checkedOn: doc.checkedOn ?? '',
    description: doc.description,
    staffInstructions: doc.staffInstructions ?? '',
    bring: doc.bring?.join('\n') ?? '',
    phone: doc.contact.phone ?? '',
    email: doc.contact.email ?? '',
    website: doc.contact.website ?? '',
    street: address?.street ?? '',
    houseNumber: address?.houseNumber ?? '',
    postcode: address?.postcode ?? '',
    city: address?.city ?? '',
    referral: doc.referral.map((r) => ({
      method: r.method,
      instructions: r.instructions,
      url: r.url ?? '',
    })),
    hours: toSchedule(doc.hours),
    base: doc,
  };
}

/**
 * The partner the form describes, over the one it was opened with (so what the form does not
 * edit, such as the organisation, is kept). Empty optional fields are left out; the server validates.
 */
export function partnerFromDraft(d: PartnerDraft): PartnerEdit {
  const v = (value: string) => value.trim();
  const address =
    v(d.street) || v(d.houseNumber) || v(d.postcode) || v(d.city)
      ? {
          street: v(d.street),
          houseNumber: v(d.houseNumber),
          postcode: v(d.postcode),
          city: v(d.city),
        }
      : undefined;
  const referral: ReferralRoute[] = d.referral.map((r) => ({
    method: r.method as ReferralRoute['method'],
    instructions: v(r.instructions),
    ...(v(r.url) ? { url: v(r.url) } : {}),
  }));
  const languages = splitList(d.languages);
  // One thing per line: a thing to bring may itself contain a comma.
  const bring = d.bring
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const {
    updatedAt: _updatedAt,
    staffInstructions: _staff,
    languages: _languages,
    bring: _bring,
    checkedOn: _checkedOn,
    cost: _cost,
    hours: _hours,
    ...kept
  } = d.base;
  return {
    ...kept,
    id: d.id || slugOf(d.name),
    name: v(d.name),
    kind: d.kind as PartnerEdit['kind'],
    description: v(d.description),
    themes: [...d.themes],
    municipalities: splitList(d.municipalities),
    contact: {
      ...(v(d.phone) ? { phone: v(d.phone) } : {}),
      ...(v(d.email) ? { email: v(d.email) } : {}),
      ...(v(d.website) ? { website: v(d.website) } : {}),
      ...(address ? { address } : {}),
    },
    referral,
    ...(v(d.staffInstructions) ? { staffInstructions: v(d.staffInstructions) } : {}),
    ...(languages.length ? { languages } : {}),
    ...(bring.length ? { bring } : {}),
    ...(v(d.checkedOn) ? { checkedOn: v(d.checkedOn) } : {}),
    ...(d.hours.on ? { hours: fromSchedule(d.hours) } : {}),
    ...(d.costKind
      ? {
          cost: {
            kind: d.costKind as NonNullable<PartnerEdit['cost']>['kind'],
            ...(v(d.costNote) ? { note: v(d.costNote) } : {}),
          },
        }
      : {}),
  };
}

/** The partner as it is saved again, unchanged but for `checkedOn` (the "Gecontroleerd" button). */
export function checkedToday(partner: Partner, today: string): PartnerEdit {
  const { updatedAt: _updatedAt, ...rest } = partner;
  return { ...rest, checkedOn: today };
}
