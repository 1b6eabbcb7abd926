import type { Partner, PartnerEdit, ReferralRoute } from '@idokit/sdk';
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

/** An id from a name: "Schuldhulp Zwolle" → "schuldhulp-zwolle". */
export function slugOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();
const optional = (value: string) => (value ? value : undefined);

/**
 * The partner the form describes, over the one it was opened with (so what the form does not
 * edit, such as the hours, is kept). Empty optional fields are left out; the server validates.
 */
export function partnerFromForm(form: FormData, base: PartnerEdit): PartnerEdit {
  const street = text(form, 'street');
  const houseNumber = text(form, 'houseNumber');
  const postcode = text(form, 'postcode');
  const city = text(form, 'city');
  const address =
    street || houseNumber || postcode || city ? { street, houseNumber, postcode, city } : undefined;
  const costKind = text(form, 'costKind');
  const costNote = text(form, 'costNote');
  const referral: ReferralRoute[] = form.getAll('referralMethod').map((method, i) => {
    const url = optional(String(form.getAll('referralUrl')[i] ?? '').trim());
    return {
      method: method as ReferralRoute['method'],
      instructions: String(form.getAll('referralInstructions')[i] ?? '').trim(),
      ...(url ? { url } : {}),
    };
  });
  const name = text(form, 'name');
  const languages = splitList(form.get('languages'));
  const bring = splitList(form.get('bring'));
  const staffInstructions = optional(text(form, 'staffInstructions'));
  const checkedOn = optional(text(form, 'checkedOn'));
  const doc: PartnerEdit = {
    ...base,
    id: base.id || slugOf(name),
    name,
    kind: text(form, 'kind') as PartnerEdit['kind'],
    description: text(form, 'description'),
    themes: form.getAll('themes').map(String),
    municipalities: splitList(form.get('municipalities')),
    contact: {
      ...(optional(text(form, 'phone')) ? { phone: text(form, 'phone') } : {}),
      ...(optional(text(form, 'email')) ? { email: text(form, 'email') } : {}),
      ...(optional(text(form, 'website')) ? { website: text(form, 'website') } : {}),
      ...(address ? { address } : {}),
    },
    referral,
  };
  setOptional(doc, 'staffInstructions', staffInstructions);
  setOptional(doc, 'languages', languages.length ? languages : undefined);
  setOptional(doc, 'bring', bring.length ? bring : undefined);
  setOptional(doc, 'checkedOn', checkedOn);
  setOptional(
    doc,
    'cost',
    costKind
      ? {
          kind: costKind as NonNullable<PartnerEdit['cost']>['kind'],
          ...(costNote ? { note: costNote } : {}),
        }
      : undefined,
  );
  delete doc.updatedAt;
  return doc;
}

function setOptional<K extends keyof PartnerEdit>(
  doc: PartnerEdit,
  key: K,
  value: PartnerEdit[K] | undefined,
): void {
  if (value === undefined) delete doc[key];
  else doc[key] = value;
}

/** The partner as it is saved again, unchanged but for `checkedOn` (the "Gecontroleerd" button). */
export function checkedToday(partner: Partner, today: string): PartnerEdit {
  const { updatedAt: _updatedAt, ...rest } = partner;
  return { ...rest, checkedOn: today };
}
