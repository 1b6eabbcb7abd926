import { PERSONAL_DATA_KINDS, type PersonalDataKind } from './types.js';

const NAMES: Readonly<Record<'nl' | 'en', Record<PersonalDataKind, string>>> = {
  nl: {
    bsn: 'een BSN',
    iban: 'een rekeningnummer (IBAN)',
    email: 'een e-mailadres',
    phone: 'een telefoonnummer',
    birthdate: 'een geboortedatum',
    'postcode-housenumber': 'een adres',
    name: 'een naam',
  },
  en: {
    bsn: 'a BSN',
    iban: 'a bank account number (IBAN)',
    email: 'an e-mail address',
    phone: 'a phone number',
    birthdate: 'a date of birth',
    'postcode-housenumber': 'an address',
    name: 'a name',
  },
};

/**
 * Names the kinds of personal data found, in plain language for a form message or an API
 * error: each kind once, in a fixed order, joined as a list ("een BSN en een e-mailadres",
 * "a BSN, a phone number and an address"). An empty list gives an empty string.
 * @example `Dit lijkt ${describePersonalData(['bsn'], 'nl')}.` // "Dit lijkt een BSN."
 */
export function describePersonalData(
  kinds: readonly PersonalDataKind[],
  lang: 'nl' | 'en',
): string {
  const names = PERSONAL_DATA_KINDS.filter((k) => kinds.includes(k)).map((k) => NAMES[lang][k]);
  if (names.length <= 1) return names[0] ?? '';
  const and = lang === 'nl' ? ' en ' : ' and ';
  return names.slice(0, -1).join(', ') + and + names[names.length - 1];
}
