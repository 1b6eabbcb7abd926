import type { PartnerFoundContext, PartnerStrings } from '../strings.js';

const plural = new Intl.PluralRules('pl');

/** "1 organizacja", "3 organizacje", "5 organizacji". */
function organisations(count: number): string {
  const form = plural.select(count);
  if (form === 'one') return `${count} organizacja`;
  if (form === 'few') return `${count} organizacje`;
  return `${count} organizacji`;
}

/**
 * What narrows the list, as a bracketed list ("gmina: Zwolle; temat: Toeslagen"): Dutch place
 * and subject names do not decline.
 */
const where = ({ municipality, theme, kind, query }: PartnerFoundContext) => {
  const parts = [
    municipality ? `gmina: ${municipality}` : '',
    kind ? `rodzaj: ${kind}` : '',
    theme ? `temat: ${theme}` : '',
    query ? `wyszukiwanie: „${query}”` : '',
  ].filter(Boolean);
  return parts.length ? ` (${parts.join('; ')})` : '';
};

/** Polish text of <ido-partner-list> (machine-checked draft). */
export const strings: PartnerStrings = {
  partnerLabel: 'Organizacje, które mogą Ci pomóc',
  partnerFormLabel: 'Znajdź organizację',
  partnerSearchLabel: 'Szukaj po nazwie lub temacie',
  partnerSearchHint: 'Na przykład: długi, formularze lub Humanitas (opisy są po niderlandzku)',
  partnerSearchButton: 'Szukaj',
  partnerThemeLabel: 'Temat',
  partnerThemeAll: 'Wszystkie tematy',
  partnerFound: (count, context) => `Znaleziono: ${organisations(count)}${where(context)}.`,
  partnerNone: (context) => `Nie znaleziono żadnej organizacji${where(context)}.`,
  partnerNoneInArea: (municipality) =>
    `Na liście nie ma jeszcze organizacji dla gminy ${municipality}.`,
  partnerTryTitle: 'Co możesz zrobić?',
  partnerTryWords: 'Wpisz inne słowo albo mniej słów.',
  partnerTryTheme: 'Wybierz inny temat albo wszystkie tematy.',
  partnerTryDesk: 'Zapytaj w Punkcie Informacyjnym w bibliotece. Poszukamy razem z Tobą.',
  partnerClearSearch: 'Wyczyść wyszukiwane słowa',
  partnerAllThemes: 'Pokaż wszystkie tematy',
  partnerAllKinds: 'Pokaż wszystkie rodzaje pomocy',
  partnerListLabel: (group) => group ?? 'Organizacje',
  partnerHelpsWith: 'Pomaga w:',
  partnerKind: 'Rodzaj pomocy:',
  partnerContactTitle: 'Jak się skontaktować',
  partnerReferTitle: 'Jak osobiście przekazać sprawę',
  partnerMethod: {
    'by-phone': 'Telefonicznie',
    'by-email': 'E-mailem',
    'walk-in': 'Bez umawiania wizyty',
    'form-url': 'Zgłoszenie przez formularz',
  },
  partnerCall: (phone) => `Zadzwoń: ${phone}`,
  partnerPhone: (phone) => `Telefon: ${phone}`,
  partnerMail: (email) => `Napisz e-mail: ${email}`,
  partnerEmail: (email) => `Adres e-mail: ${email}`,
  partnerForm: 'Otwórz formularz zgłoszenia',
  partnerFormText: (url) => `Formularz: ${url}`,
  partnerAddress: 'Adres:',
  partnerWebsite: 'Strona internetowa',
  partnerWebsiteText: (url) => `Strona internetowa: ${url}`,
  partnerHours: 'Godziny otwarcia:',
  partnerHoursWeek: 'Godziny otwarcia w tym tygodniu',
  partnerLanguages: 'Języki:',
  partnerCost: 'Koszt:',
  partnerCostKind: {
    free: 'Bezpłatnie',
    'free-for-members': 'Bezpłatnie dla członków',
    fee: 'Płacisz niewielką opłatę',
  },
  partnerFor: (name) => ` (${name})`,
  partnerSelect: 'Wybierz tę organizację',
  partnerSelectStaff: 'Wybierz do skierowania',
  partnerSelected: 'Wybrano',
  partnerStaffInstructions: 'Dla pracowników:',
  partnerBring: 'Zabierz ze sobą:',
  partnerHelpline: 'Możesz też zadzwonić po pomoc:',
};
