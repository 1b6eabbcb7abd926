import type { PartnerCostKind, ReferralMethod } from '@idokit/sdk';

/** What narrows the list, for the result line: each part only when it is set. */
export interface PartnerFoundContext {
  /** The municipality (as the page wrote it). */
  municipality?: string | undefined;
  /** The chosen theme's label, in the element's language. */
  theme?: string | undefined;
  /** The partner kind's label, in the element's language. */
  kind?: string | undefined;
  /** The search words as typed. */
  query?: string | undefined;
}

/**
 * Text of <ido-partner-list>: Dutch and English here, Arabic, Turkish, Polish and Ukrainian in
 * `strings/<lang>.ts`. Keys start with `partner`; Dutch is plain B1 language, every language is
 * complete. Values in a sentence (a place, a phone number, typed words) come isolated on a
 * right-to-left page (`IdoElement.isolate`). Theme and partner
 * kind names come from the taxonomy data (`label.nl` / `label.en`), status lines ("Nu open ·
 * sluit om 17:00") from the SDK, language names from `Intl.DisplayNames`.
 */
export interface PartnerStrings {
  /** Accessible name of the element's region. */
  partnerLabel: string;
  /** Accessible name of the search form (a search landmark). */
  partnerFormLabel: string;
  /** Label of the search field. */
  partnerSearchLabel: string;
  /** Hint under the label: what may be typed. */
  partnerSearchHint: string;
  /** The search button. */
  partnerSearchButton: string;
  /** Label of the theme choice. */
  partnerThemeLabel: string;
  /** The theme option that filters nothing. */
  partnerThemeAll: string;
  /** The result line, announced: "3 partners gevonden in Zwolle voor Toeslagen." */
  partnerFound: (count: number, context: PartnerFoundContext) => string;
  /** Nothing matches: "Geen partners gevonden in Zwolle met “xyz”." */
  partnerNone: (context: PartnerFoundContext) => string;
  /** Nothing at all is listed for the municipality. */
  partnerNoneInArea: (municipality: string) => string;
  /** Heading of the suggestions in the empty state. */
  partnerTryTitle: string;
  /** Suggestion when words were typed. */
  partnerTryWords: string;
  /** Suggestion when a theme is chosen. */
  partnerTryTheme: string;
  /** Always suggested last: ask at the desk. */
  partnerTryDesk: string;
  /** Button: clear the search words. */
  partnerClearSearch: string;
  /** Button: show every theme. */
  partnerAllThemes: string;
  /** Button: show every kind of partner. */
  partnerAllKinds: string;
  /** Accessible name of a list of partners: the group's name, or "Partners" without groups. */
  partnerListLabel: (group: string | undefined) => string;
  /** Before the themes a partner helps with. */
  partnerHelpsWith: string;
  /** Before the partner's kind, when the list is not grouped by kind. */
  partnerKind: string;
  /** Title of the contact block, for residents. */
  partnerContactTitle: string;
  /** Title of the referral block, for staff (`staff`): shown first. */
  partnerReferTitle: string;
  /** The name of each referral method. */
  partnerMethod: Record<ReferralMethod, string>;
  /** A phone link: "Bel 030 123 45 67". */
  partnerCall: (phone: string) => string;
  /** A phone number that cannot be a link. */
  partnerPhone: (phone: string) => string;
  /** An e-mail link: "Mail naar wmo@zwolle.nl". */
  partnerMail: (email: string) => string;
  /** An e-mail address that cannot be a link. */
  partnerEmail: (email: string) => string;
  /** The link to a sign-up form. */
  partnerForm: string;
  /** A form address that cannot be a link: shown as text. */
  partnerFormText: (url: string) => string;
  /** Before the address. */
  partnerAddress: string;
  /** The partner's website. */
  partnerWebsite: string;
  /** A website address that cannot be a link: shown as text. */
  partnerWebsiteText: (url: string) => string;
  /** Before the open/closed status. */
  partnerHours: string;
  /** The summary that opens this week's hours. */
  partnerHoursWeek: string;
  /** Before the languages spoken. */
  partnerLanguages: string;
  /** Before the cost. */
  partnerCost: string;
  /** The cost kinds. */
  partnerCostKind: Record<PartnerCostKind, string>;
  /** Hidden after links and buttons of an item: " (Humanitas Zwolle)". */
  partnerFor: (name: string) => string;
  /**
   * The residents' choose button of earlier versions.
   * @deprecated Residents get no choose button since issue 22; kept so overrides still fit.
   */
  partnerSelect: string;
  /** The choose button in `staff` mode. */
  partnerSelectStaff: string;
  /** Visible mark on the chosen partner. */
  partnerSelected: string;
  /** In `staff` mode, before the partner's instructions for staff. */
  partnerStaffInstructions: string;
  /** Title of what a resident should bring. */
  partnerBring: string;
  /** Before the national help line, when no partner was found. */
  partnerHelpline: string;
}

const nlWhere = ({ municipality, theme, kind, query }: PartnerFoundContext) =>
  [
    municipality ? ` in ${municipality}` : '',
    kind ? ` (${kind})` : '',
    theme ? ` voor ${theme}` : '',
    query ? ` met “${query}”` : '',
  ].join('');

const enWhere = ({ municipality, theme, kind, query }: PartnerFoundContext) =>
  [
    municipality ? ` in ${municipality}` : '',
    kind ? ` (${kind})` : '',
    theme ? ` for ${theme}` : '',
    query ? ` matching “${query}”` : '',
  ].join('');

export const partnerNl: PartnerStrings = {
  partnerLabel: 'Partners die u verder helpen',
  partnerFormLabel: 'Zoek een partner',
  partnerSearchLabel: 'Zoek op naam of onderwerp',
  partnerSearchHint: 'Bijvoorbeeld: schulden, formulieren of Humanitas',
  partnerSearchButton: 'Zoeken',
  partnerThemeLabel: 'Onderwerp',
  partnerThemeAll: 'Alle onderwerpen',
  partnerFound: (count, context) =>
    `${count} ${count === 1 ? 'partner' : 'partners'} gevonden${nlWhere(context)}.`,
  partnerNone: (context) => `Geen partners gevonden${nlWhere(context)}.`,
  partnerNoneInArea: (municipality) =>
    `Voor ${municipality} staan er nog geen partners in de lijst.`,
  partnerTryTitle: 'Wat kunt u doen?',
  partnerTryWords: 'Probeer een ander woord, of minder woorden.',
  partnerTryTheme: 'Kies een ander onderwerp, of alle onderwerpen.',
  partnerTryDesk:
    'Vraag het aan het Informatiepunt in de bibliotheek. Wij zoeken samen met u verder.',
  partnerClearSearch: 'Wis de zoekwoorden',
  partnerAllThemes: 'Toon alle onderwerpen',
  partnerAllKinds: 'Toon alle soorten hulp',
  partnerListLabel: (group) => group ?? 'Partners',
  partnerHelpsWith: 'Helpt bij:',
  partnerKind: 'Soort hulp:',
  partnerContactTitle: 'Zo komt u in contact',
  partnerReferTitle: 'Zo verwijst u warm door',
  partnerMethod: {
    'by-phone': 'Bellen',
    'by-email': 'E-mail',
    'walk-in': 'Langskomen',
    'form-url': 'Aanmelden met een formulier',
  },
  partnerCall: (phone) => `Bel ${phone}`,
  partnerPhone: (phone) => `Telefoon: ${phone}`,
  partnerMail: (email) => `Mail naar ${email}`,
  partnerEmail: (email) => `E-mail: ${email}`,
  partnerForm: 'Open het aanmeldformulier',
  partnerFormText: (url) => `Formulier: ${url}`,
  partnerAddress: 'Adres:',
  partnerWebsite: 'Website',
  partnerWebsiteText: (url) => `Website: ${url}`,
  partnerHours: 'Openingstijden:',
  partnerHoursWeek: 'Openingstijden deze week',
  partnerLanguages: 'Talen:',
  partnerCost: 'Kosten:',
  partnerCostKind: {
    free: 'Gratis',
    'free-for-members': 'Gratis voor leden',
    fee: 'U betaalt een bijdrage',
  },
  partnerFor: (name) => ` (${name})`,
  partnerSelect: 'Kies deze partner',
  partnerSelectStaff: 'Kies voor doorverwijzing',
  partnerSelected: 'Gekozen',
  partnerStaffInstructions: 'Voor medewerkers:',
  partnerBring: 'Neem mee:',
  partnerHelpline: 'U kunt ook bellen voor hulp:',
};

export const partnerEn: PartnerStrings = {
  partnerLabel: 'Partners who can help you further',
  partnerFormLabel: 'Find a partner',
  partnerSearchLabel: 'Search by name or subject',
  partnerSearchHint: 'For example: debts, forms or Humanitas (the descriptions are in Dutch)',
  partnerSearchButton: 'Search',
  partnerThemeLabel: 'Subject',
  partnerThemeAll: 'All subjects',
  partnerFound: (count, context) =>
    `${count} ${count === 1 ? 'partner' : 'partners'} found${enWhere(context)}.`,
  partnerNone: (context) => `No partners found${enWhere(context)}.`,
  partnerNoneInArea: (municipality) => `No partners are listed for ${municipality} yet.`,
  partnerTryTitle: 'What you can do',
  partnerTryWords: 'Try another word, or fewer words.',
  partnerTryTheme: 'Choose another subject, or all subjects.',
  partnerTryDesk: 'Ask at the Information Point in the library. We will look further with you.',
  partnerClearSearch: 'Clear the search words',
  partnerAllThemes: 'Show all subjects',
  partnerAllKinds: 'Show all kinds of help',
  partnerListLabel: (group) => group ?? 'Partners',
  partnerHelpsWith: 'Helps with:',
  partnerKind: 'Kind of help:',
  partnerContactTitle: 'How to get in touch',
  partnerReferTitle: 'How to refer warmly',
  partnerMethod: {
    'by-phone': 'By phone',
    'by-email': 'By e-mail',
    'walk-in': 'Walk in',
    'form-url': 'Sign up with a form',
  },
  partnerCall: (phone) => `Call ${phone}`,
  partnerPhone: (phone) => `Phone: ${phone}`,
  partnerMail: (email) => `E-mail ${email}`,
  partnerEmail: (email) => `E-mail: ${email}`,
  partnerForm: 'Open the sign-up form',
  partnerFormText: (url) => `Form: ${url}`,
  partnerAddress: 'Address:',
  partnerWebsite: 'Website',
  partnerWebsiteText: (url) => `Website: ${url}`,
  partnerHours: 'Opening hours:',
  partnerHoursWeek: 'Opening hours this week',
  partnerLanguages: 'Languages:',
  partnerCost: 'Cost:',
  partnerCostKind: {
    free: 'Free',
    'free-for-members': 'Free for members',
    fee: 'You pay a contribution',
  },
  partnerFor: (name) => ` (${name})`,
  partnerSelect: 'Choose this partner',
  partnerSelectStaff: 'Choose for referral',
  partnerSelected: 'Chosen',
  partnerStaffInstructions: 'For staff:',
  partnerBring: 'Bring with you:',
  partnerHelpline: 'You can also call for help:',
};
