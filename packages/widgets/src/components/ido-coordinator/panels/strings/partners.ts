import type { PartnerCostKind, ReferralMethod } from '@idokit/sdk';

/**
 * Text of the coordinator's partners panel (`ido-coordinator-partners`), Dutch (B1) and English.
 * Keys start with `cpart`. Theme and partner-kind names come from the categories (nl and en).
 */
export interface PartnersStrings {
  cpartIntro: string;
  cpartNone: string;
  cpartListCaption: string;
  cpartAdd: string;
  cpartName: string;
  cpartKind: string;
  cpartThemes: string;
  cpartChecked: string;
  cpartNeverChecked: string;
  cpartActions: string;
  cpartEdit: (name: string) => string;
  cpartMarkChecked: (name: string) => string;
  cpartDelete: (name: string) => string;
  cpartDeleteConfirm: (name: string) => string;
  cpartDeleteYes: string;
  cpartDueBadge: string;
  cpartDueTitle: (count: number) => string;
  cpartDueHelp: string;
  cpartFormNew: string;
  cpartFormEdit: (name: string) => string;
  cpartBasics: string;
  cpartMunicipalities: string;
  cpartListHint: string;
  cpartContact: string;
  cpartPhone: string;
  cpartEmail: string;
  cpartWebsite: string;
  cpartAddress: string;
  cpartStreet: string;
  cpartHouseNumber: string;
  cpartPostcode: string;
  cpartCity: string;
  cpartCost: string;
  cpartCostUnknown: string;
  cpartCosts: Record<PartnerCostKind, string>;
  cpartCostNote: string;
  cpartLanguages: string;
  cpartLanguagesHint: string;
  cpartForResidents: string;
  cpartForStaff: string;
  cpartDescription: string;
  cpartDescriptionHint: string;
  cpartStaff: string;
  cpartStaffHint: string;
  cpartBring: string;
  cpartBringHint: string;
  cpartReferral: string;
  cpartReferralRoute: (n: number) => string;
  cpartMethod: string;
  cpartMethods: Record<ReferralMethod, string>;
  cpartInstructions: string;
  cpartUrl: string;
  cpartAddRoute: string;
  cpartRemoveRoute: (n: number) => string;
  cpartCheckedOn: string;
  /** The partner's opening hours (a week grid, like a location's). */
  cpartHours: string;
  cpartHoursHint: string;
  cpartSave: string;
  cpartCancel: string;
  cpartSaved: (name: string) => string;
  cpartDeleted: (name: string) => string;
  cpartProblems: (count: number) => string;
  cpartConflict: string;
  cpartConflictGone: string;
  cpartConflictTheirs: string;
  cpartConflictYours: string;
  cpartConflictUseTheirs: string;
  cpartConflictKeepMine: string;
}

export const partnersNl: PartnersStrings = {
  cpartIntro:
    'De partners waar uw medewerkers bewoners naar doorverwijzen. Controleer elk half jaar of de gegevens nog kloppen.',
  cpartNone: 'Uw organisatie heeft nog geen partners.',
  cpartListCaption: 'De partners van uw organisatie',
  cpartAdd: 'Nieuwe partner',
  cpartName: 'Naam',
  cpartKind: 'Soort',
  cpartThemes: 'Onderwerpen',
  cpartChecked: 'Laatst gecontroleerd',
  cpartNeverChecked: 'Nooit',
  cpartActions: 'Acties',
  cpartEdit: (name) => `${name} wijzigen`,
  cpartMarkChecked: (name) => `${name} gecontroleerd`,
  cpartDelete: (name) => `${name} verwijderen`,
  cpartDeleteConfirm: (name) => `Weet u zeker dat u ${name} wilt verwijderen?`,
  cpartDeleteYes: 'Ja, verwijderen',
  cpartDueBadge: 'Controleren',
  cpartDueTitle: (count) =>
    count === 1
      ? '1 partner is langer dan een half jaar niet gecontroleerd'
      : `${count} partners zijn langer dan een half jaar niet gecontroleerd`,
  cpartDueHelp:
    'Bel of mail de partner en kijk of alles nog klopt. Klik daarna op "Gecontroleerd".',
  cpartFormNew: 'Nieuwe partner',
  cpartFormEdit: (name) => `${name} wijzigen`,
  cpartBasics: 'Over de partner',
  cpartMunicipalities: 'Gemeenten',
  cpartListHint: 'Scheid met komma’s.',
  cpartContact: 'Contact',
  cpartPhone: 'Telefoon',
  cpartEmail: 'E-mail',
  cpartWebsite: 'Website of webformulier',
  cpartAddress: 'Adres (niet verplicht)',
  cpartStreet: 'Straat',
  cpartHouseNumber: 'Huisnummer',
  cpartPostcode: 'Postcode',
  cpartCity: 'Plaats',
  cpartCost: 'Kosten',
  cpartCostUnknown: 'Onbekend',
  cpartCosts: { free: 'Gratis', 'free-for-members': 'Gratis voor leden', fee: 'Niet gratis' },
  cpartCostNote: 'Uitleg over de kosten',
  cpartLanguages: 'Talen',
  cpartLanguagesHint: 'Taalcodes, gescheiden door komma’s, zoals: nl, en, tr.',
  cpartForResidents: 'Voor bewoners',
  cpartForStaff: 'Alleen voor medewerkers',
  cpartDescription: 'Tekst voor bewoners',
  cpartDescriptionHint: 'Bewoners lezen dit. Schrijf eenvoudig: waar helpt de partner mee?',
  cpartStaff: 'Instructies voor medewerkers',
  cpartStaffHint: 'Alleen medewerkers zien dit. Bewoners lezen dit nooit.',
  cpartBring: 'Wat neemt de bewoner mee?',
  cpartBringHint: 'Eén ding per regel, zoals: De brief van de Belastingdienst.',
  cpartReferral: 'Doorverwijzen',
  cpartReferralRoute: (n) => `Manier ${n}`,
  cpartMethod: 'Hoe',
  cpartMethods: {
    'by-phone': 'Bellen',
    'by-email': 'E-mailen',
    'walk-in': 'Langsgaan',
    'form-url': 'Webformulier',
  },
  cpartInstructions: 'Zo verwijst u door (voor medewerkers)',
  cpartUrl: 'Adres van het webformulier',
  cpartAddRoute: 'Manier toevoegen',
  cpartRemoveRoute: (n) => `Manier ${n} weghalen`,
  cpartCheckedOn: 'Laatst gecontroleerd op',
  cpartHours: 'Openingstijden van de partner',
  cpartHoursHint:
    'Bewoners zien deze tijden bij de partner. Zet dit uit als u de tijden niet weet.',
  cpartSave: 'Opslaan',
  cpartCancel: 'Annuleren',
  cpartSaved: (name) => `${name} is opgeslagen.`,
  cpartDeleted: (name) => `${name} is verwijderd.`,
  cpartProblems: (count) =>
    count === 1
      ? 'Er is 1 probleem in het formulier:'
      : `Er zijn ${count} problemen in het formulier:`,
  cpartConflict:
    'Iemand anders heeft deze partner net gewijzigd. Er is niets overschreven. Kies welke versie u houdt.',
  cpartConflictGone: 'Iemand anders heeft deze partner net verwijderd. Er is niets opgeslagen.',
  cpartConflictTheirs: 'De versie op de server',
  cpartConflictYours: 'Uw versie',
  cpartConflictUseTheirs: 'Versie van de server gebruiken',
  cpartConflictKeepMine: 'Mijn versie opslaan',
};

export const partnersEn: PartnersStrings = {
  cpartIntro:
    'The partners your staff refer residents to. Check every six months that their details are still right.',
  cpartNone: 'Your organisation has no partners yet.',
  cpartListCaption: 'Your organisation’s partners',
  cpartAdd: 'New partner',
  cpartName: 'Name',
  cpartKind: 'Kind',
  cpartThemes: 'Topics',
  cpartChecked: 'Last checked',
  cpartNeverChecked: 'Never',
  cpartActions: 'Actions',
  cpartEdit: (name) => `Edit ${name}`,
  cpartMarkChecked: (name) => `${name} checked`,
  cpartDelete: (name) => `Delete ${name}`,
  cpartDeleteConfirm: (name) => `Are you sure you want to delete ${name}?`,
  cpartDeleteYes: 'Yes, delete',
  cpartDueBadge: 'Check',
  cpartDueTitle: (count) =>
    count === 1
      ? '1 partner has not been checked for more than six months'
      : `${count} partners have not been checked for more than six months`,
  cpartDueHelp:
    'Call or e-mail the partner and see whether everything is right. Then click "Checked".',
  cpartFormNew: 'New partner',
  cpartFormEdit: (name) => `Edit ${name}`,
  cpartBasics: 'About the partner',
  cpartMunicipalities: 'Municipalities',
  cpartListHint: 'Separate with commas.',
  cpartContact: 'Contact',
  cpartPhone: 'Phone',
  cpartEmail: 'E-mail',
  cpartWebsite: 'Website or web form',
  cpartAddress: 'Address (optional)',
  cpartStreet: 'Street',
  cpartHouseNumber: 'House number',
  cpartPostcode: 'Postcode',
  cpartCity: 'Town',
  cpartCost: 'Cost',
  cpartCostUnknown: 'Unknown',
  cpartCosts: { free: 'Free', 'free-for-members': 'Free for members', fee: 'Not free' },
  cpartCostNote: 'About the cost',
  cpartLanguages: 'Languages',
  cpartLanguagesHint: 'Language codes, separated by commas, such as: nl, en, tr.',
  cpartForResidents: 'For residents',
  cpartForStaff: 'For staff only',
  cpartDescription: 'Text for residents',
  cpartDescriptionHint: 'Residents read this. Write simply: what does the partner help with?',
  cpartStaff: 'Instructions for staff',
  cpartStaffHint: 'Only staff see this. Residents never read it.',
  cpartBring: 'What does the resident bring?',
  cpartBringHint: 'One thing per line, such as: The letter from the tax office.',
  cpartReferral: 'Referral',
  cpartReferralRoute: (n) => `Way ${n}`,
  cpartMethod: 'How',
  cpartMethods: {
    'by-phone': 'By phone',
    'by-email': 'By e-mail',
    'walk-in': 'Walk in',
    'form-url': 'Web form',
  },
  cpartInstructions: 'How to refer (for staff)',
  cpartUrl: 'Address of the web form',
  cpartAddRoute: 'Add a way',
  cpartRemoveRoute: (n) => `Remove way ${n}`,
  cpartCheckedOn: 'Last checked on',
  cpartHours: "The partner's opening hours",
  cpartHoursHint:
    "Residents see these hours with the partner. Switch this off if you don't know them.",
  cpartSave: 'Save',
  cpartCancel: 'Cancel',
  cpartSaved: (name) => `${name} has been saved.`,
  cpartDeleted: (name) => `${name} has been deleted.`,
  cpartProblems: (count) =>
    count === 1 ? 'There is 1 problem in the form:' : `There are ${count} problems in the form:`,
  cpartConflict:
    'Someone else has just changed this partner. Nothing was overwritten. Choose which version to keep.',
  cpartConflictGone: 'Someone else has just deleted this partner. Nothing was saved.',
  cpartConflictTheirs: 'The version on the server',
  cpartConflictYours: 'Your version',
  cpartConflictUseTheirs: 'Use the server’s version',
  cpartConflictKeepMine: 'Save my version',
};
