import type { Day, LocationService } from '@idokit/sdk';

/**
 * Text of <ido-coordinator> (the shell, the sign-in, the locations editor and the log), in
 * Dutch (B1, for a library's IDO coordinator) and English. Keys start with `coord`.
 */
export interface CoordinatorStrings {
  /** Accessible name of the element's region and its heading. */
  coordHeading: string;
  /** Who is signed in. */
  coordSignedInAs: (label: string, organisation: string) => string;
  /** The sign-out button. */
  coordSignOut: string;
  /** Announced after signing out. */
  coordSignedOut: string;
  /** The element has a `feed`, not an `api`. */
  coordNeedsApi: string;

  /** Heading of the sign-in step. */
  coordSignInHeading: string;
  /** What to do. */
  coordSignInIntro: string;
  /** Label of the code field. */
  coordCodeLabel: string;
  /** Hint under the code field. */
  coordCodeHint: string;
  /** The sign-in button. */
  coordSignIn: string;
  /** Announced while the code is checked. */
  coordSignInBusy: string;
  /** The field is empty. */
  coordCodeEmpty: string;
  /** The code does not look like a code. */
  coordCodeMalformed: string;
  /** The server refused the code. */
  coordCodeRefused: string;
  /** Too many attempts. */
  coordCodeRateLimited: string;
  /** The key was revoked (signed out elsewhere, or by the server's administrator). */
  coordRevoked: string;

  /** Accessible name of the sections' navigation. */
  coordSectionsLabel: string;
  /** The section names. */
  coordSection: Record<CoordinatorSection, string>;
  /** Announced after a saved change. */
  coordSaved: string;
  /** Announced after an undo. */
  coordUndone: string;

  /** The locations list: its empty state. */
  coordLocationsEmpty: string;
  /** "Nieuwe locatie". */
  coordNewLocation: string;
  /** Opens a location's form. */
  coordEdit: (name: string) => string;
  /** When a document was last changed. */
  coordUpdated: (when: string) => string;
  /** Heading of the form for a new location. */
  coordNewLocationHeading: string;
  /** Heading of the form for a location. */
  coordEditHeading: (name: string) => string;
  /** Back to the list. */
  coordBackToList: string;

  /** Group headings of the location form. */
  coordGroupGeneral: string;
  coordGroupAddress: string;
  coordGroupTexts: string;
  coordGroupServices: string;
  coordGroupContact: string;
  coordGroupHours: string;

  /** Field labels and hints of the location form, by path (service names as the locator's filters say them). */
  coordFieldId: string;
  coordFieldIdHint: string;
  coordFieldName: string;
  coordFieldOrganisation: string;
  coordFieldStreet: string;
  coordFieldHouseNumber: string;
  coordFieldPostcode: string;
  coordFieldPostcodeHint: string;
  coordFieldCity: string;
  coordFieldMunicipality: string;
  coordFieldLat: string;
  coordFieldLon: string;
  coordGeoHint: string;
  coordLookUp: string;
  coordLookUpBusy: string;
  coordLookUpFound: (label: string) => string;
  coordLookUpNotFound: string;
  coordLookUpFailed: string;
  coordFieldDescription: string;
  coordFieldDescriptionHint: string;
  coordFieldStaff: string;
  coordFieldStaffHint: string;
  coordFieldBring: string;
  coordFieldBringHint: string;
  coordFieldAccessibility: string;
  coordFieldAccessibilityHint: string;
  coordFieldServices: string;
  coordService: Record<LocationService, string>;
  coordFieldLanguages: string;
  coordFieldPhone: string;
  coordFieldEmail: string;
  coordFieldWebsite: string;
  coordFieldAppointment: string;

  /** The three schedules. */
  coordHoursLibrary: string;
  coordHoursIdo: string;
  coordHoursPhone: string;
  /** A schedule that is optional (IDO, phone) is switched on. */
  coordHoursUse: (schedule: string) => string;
  /** Hint for the IDO hours switch. */
  coordHoursIdoHint: string;
  /** Caption of the week grid. */
  coordWeekCaption: (schedule: string) => string;
  /** Column headings of the week grid. */
  coordWeekDay: string;
  coordWeekTimes: string;
  /** Day names, long. */
  coordDayName: Record<Day, string>;
  /** A day without intervals. */
  coordDayClosed: string;
  /** Labels of an interval's two times (with the day, for screen readers). */
  coordOpens: (day: string) => string;
  coordCloses: (day: string) => string;
  /** Adds an interval to a day. */
  coordAddInterval: (day: string) => string;
  /** Removes an interval. */
  coordRemoveInterval: (day: string, from: string, to: string) => string;
  /** Copies Monday's times to the other weekdays. */
  coordSameAsMonday: string;
  /** The public holidays switch. */
  coordHolidays: string;
  coordHolidaysHint: string;

  /** Exceptions and closures. */
  coordExceptions: string;
  coordExceptionsHint: string;
  coordExceptionsEmpty: string;
  coordAddException: string;
  coordExceptionLegend: (n: number) => string;
  coordExceptionDate: string;
  coordExceptionClosed: string;
  coordExceptionOther: string;
  coordExceptionKind: string;
  coordExceptionNote: string;
  coordExceptionNoteHint: string;
  coordRemoveException: (n: number) => string;

  /** Seasons. */
  coordSeasons: string;
  coordSeasonsHint: string;
  coordAddSeason: string;
  coordSeasonLegend: (n: number) => string;
  coordSeasonName: string;
  coordSeasonFrom: string;
  coordSeasonThrough: string;
  coordRemoveSeason: (n: number) => string;

  /** The preview. */
  coordPreviewHeading: string;
  coordPreviewHint: string;
  coordPreviewStale: string;

  /** The form's buttons. */
  /** Moves focus to "Opslaan" at the end of a long form (three week grids). */
  coordSkipToSave: string;
  coordSave: string;
  coordSaving: string;
  coordDiscard: string;
  coordDelete: string;
  coordDeleteConfirm: (name: string) => string;
  /** Announced after a save. */
  coordSavedLocation: (name: string) => string;
  coordDeletedLocation: (name: string) => string;
  /** The changes were restored to the saved version. */
  coordDiscarded: string;
  /** The location is not valid yet (checked in the browser, before sending). */
  coordFixFirst: string;

  /** The log. */
  coordLogEmpty: string;
  coordLogCaption: string;
  coordLogWhen: string;
  coordLogWho: string;
  coordLogWhat: string;
  coordLogSummary: string;
  coordLogAction: Record<string, string>;
  coordUndo: string;
  coordUndoLabel: (summary: string) => string;
  coordUndoConfirm: (summary: string) => string;
  coordRefresh: string;
  /** Closes a confirmation without doing anything. */
  coordCancel: string;
}

/** The sections of the shell. */
export type CoordinatorSection =
  'locations' | 'outreach' | 'partners' | 'keys' | 'categories' | 'exchange' | 'log';

export const coordinatorNl: CoordinatorStrings = {
  coordHeading: 'IDO-gegevens beheren',
  coordSignedInAs: (label, organisation) => `Ingelogd als ${label} · ${organisation}`,
  coordSignOut: 'Uitloggen',
  coordSignedOut: 'U bent uitgelogd.',
  coordNeedsApi:
    'Dit onderdeel werkt alleen met een IDO-server. Geef het attribuut api op, niet feed.',

  coordSignInHeading: 'Inloggen',
  coordSignInIntro:
    'Typ de inlogcode die u van de beheerder van de IDO-server kreeg. U logt één keer in op deze computer.',
  coordCodeLabel: 'Inlogcode',
  coordCodeHint: 'Bijvoorbeeld ABCD-2345. Hoofdletters of kleine letters maakt niet uit.',
  coordSignIn: 'Inloggen',
  coordSignInBusy: 'De code wordt gecontroleerd…',
  coordCodeEmpty: 'Typ de inlogcode.',
  coordCodeMalformed: 'Dit is geen inlogcode. Kijk de code na.',
  coordCodeRefused:
    'Deze code werkt niet. Misschien is hij al gebruikt of verlopen. Vraag een nieuwe code.',
  coordCodeRateLimited: 'U heeft het te vaak geprobeerd. Wacht een paar minuten.',
  coordRevoked:
    'U bent uitgelogd: deze sleutel werkt niet meer. Log opnieuw in met een nieuwe code.',

  coordSectionsLabel: 'Onderdelen',
  coordSection: {
    locations: 'Locaties',
    outreach: 'Buiten de bibliotheek',
    partners: 'Partners',
    keys: 'Balies en sleutels',
    categories: 'Categorieën',
    exchange: 'Importeren en exporteren',
    log: 'Logboek',
  },
  coordSaved: 'De wijziging is opgeslagen.',
  coordUndone: 'De wijziging is ongedaan gemaakt.',

  coordLocationsEmpty: 'Er zijn nog geen locaties.',
  coordNewLocation: 'Nieuwe locatie',
  coordEdit: (name) => `${name} aanpassen`,
  coordUpdated: (when) => `Laatst gewijzigd: ${when}`,
  coordNewLocationHeading: 'Nieuwe locatie',
  coordEditHeading: (name) => `${name} aanpassen`,
  coordBackToList: 'Terug naar de locaties',

  coordGroupGeneral: 'Naam',
  coordGroupAddress: 'Adres',
  coordGroupTexts: 'Teksten',
  coordGroupServices: 'Diensten en talen',
  coordGroupContact: 'Contact',
  coordGroupHours: 'Openingstijden',

  coordFieldId: 'Code van de locatie',
  coordFieldIdHint:
    'Kleine letters, cijfers en streepjes, bijvoorbeeld ido-utrecht-centrum. Kan later niet meer veranderen.',
  coordFieldName: 'Naam',
  coordFieldOrganisation: 'Organisatie',
  coordFieldStreet: 'Straat',
  coordFieldHouseNumber: 'Huisnummer',
  coordFieldPostcode: 'Postcode',
  coordFieldPostcodeHint: 'Bijvoorbeeld 3511 AB',
  coordFieldCity: 'Plaats',
  coordFieldMunicipality: 'Gemeente',
  coordFieldLat: 'Breedtegraad',
  coordFieldLon: 'Lengtegraad',
  coordGeoHint:
    'Zoek de plek op met het adres. Staat de speld niet goed? Pas de getallen dan zelf aan.',
  coordLookUp: 'Plek opzoeken met het adres',
  coordLookUpBusy: 'Bezig met zoeken…',
  coordLookUpFound: (label) => `Gevonden: ${label}. De coördinaten zijn ingevuld.`,
  coordLookUpNotFound: 'Dit adres is niet gevonden. Kijk de postcode en plaats na.',
  coordLookUpFailed: 'Opzoeken lukt nu niet. Probeer het later opnieuw of vul de getallen zelf in.',
  coordFieldDescription: 'Uitleg voor bewoners',
  coordFieldDescriptionHint: 'In eenvoudige taal. Bewoners zien deze tekst.',
  coordFieldStaff: 'Werkinstructie (alleen voor medewerkers)',
  coordFieldStaffHint: 'Bewoners zien deze tekst nooit. Bijvoorbeeld: wie u belt bij vragen.',
  coordFieldBring: 'Wat neemt de bewoner mee?',
  coordFieldBringHint: 'Eén ding per regel, bijvoorbeeld: DigiD-app, Identiteitsbewijs, De brief.',
  coordFieldAccessibility: 'Toegankelijkheid',
  coordFieldAccessibilityHint:
    'Bijvoorbeeld: ingang aan de achterkant, lift naar de eerste verdieping.',
  coordFieldServices: 'Diensten',
  coordService: {
    'walk-in': 'Binnenlopen zonder afspraak',
    'by-appointment': 'Op afspraak',
    'by-phone': 'Hulp via de telefoon',
    'digital-skills-course': 'Cursus digitale vaardigheden',
    'wheelchair-accessible': 'Toegankelijk met een rolstoel',
    'hearing-loop': 'Ringleiding voor slechthorenden',
  },
  coordFieldLanguages: 'Talen waarin u helpt',
  coordFieldPhone: 'Telefoonnummer',
  coordFieldEmail: 'E-mailadres',
  coordFieldWebsite: 'Website',
  coordFieldAppointment: 'Webadres om een afspraak te maken',

  coordHoursLibrary: 'Openingstijden van de bibliotheek',
  coordHoursIdo: 'Spreekuur van het IDO',
  coordHoursPhone: 'Telefonisch bereikbaar',
  coordHoursUse: (schedule) => `Eigen tijden voor: ${schedule}`,
  coordHoursIdoHint: 'Zonder eigen tijden is het IDO open als de bibliotheek open is.',
  coordWeekCaption: (schedule) => `${schedule}: per dag`,
  coordWeekDay: 'Dag',
  coordWeekTimes: 'Tijden',
  coordDayName: {
    mo: 'maandag',
    tu: 'dinsdag',
    we: 'woensdag',
    th: 'donderdag',
    fr: 'vrijdag',
    sa: 'zaterdag',
    su: 'zondag',
  },
  coordDayClosed: 'Gesloten',
  coordOpens: (day) => `Open vanaf (${day})`,
  coordCloses: (day) => `Dicht om (${day})`,
  coordAddInterval: (day) => `Tijd toevoegen op ${day}`,
  coordRemoveInterval: (day, from, to) => `Tijd ${from}–${to} op ${day} weghalen`,
  coordSameAsMonday: 'Dinsdag tot en met vrijdag: zelfde als maandag',
  coordHolidays: 'Gesloten op feestdagen',
  coordHolidaysHint: 'Nieuwjaarsdag, Pasen, Koningsdag, Hemelvaart, Pinksteren en Kerst.',

  coordExceptions: 'Afwijkende dagen en sluiting',
  coordExceptionsHint: 'Een dag met andere tijden, of dicht. Bijvoorbeeld Kerst of een verbouwing.',
  coordExceptionsEmpty: 'Geen afwijkende dagen.',
  coordAddException: 'Afwijkende dag toevoegen',
  coordExceptionLegend: (n) => `Afwijkende dag ${n}`,
  coordExceptionDate: 'Datum',
  coordExceptionClosed: 'Gesloten',
  coordExceptionOther: 'Andere tijden',
  coordExceptionKind: 'Open of dicht?',
  coordExceptionNote: 'Reden',
  coordExceptionNoteHint: 'Bijvoorbeeld Kerst of Verbouwing. Bewoners zien deze tekst.',
  coordRemoveException: (n) => `Afwijkende dag ${n} weghalen`,

  coordSeasons: 'Seizoenen',
  coordSeasonsHint: 'Andere tijden in een periode, bijvoorbeeld in de zomer.',
  coordAddSeason: 'Seizoen toevoegen',
  coordSeasonLegend: (n) => `Seizoen ${n}`,
  coordSeasonName: 'Naam van het seizoen',
  coordSeasonFrom: 'Vanaf',
  coordSeasonThrough: 'Tot en met',
  coordRemoveSeason: (n) => `Seizoen ${n} weghalen`,

  coordPreviewHeading: 'Zo zien bewoners het',
  coordPreviewHint: 'Dit is nog niet opgeslagen.',
  coordPreviewStale: 'Niet alle tijden kloppen nog. Het voorbeeld toont de laatste juiste versie.',

  coordSkipToSave: 'Naar Opslaan',
  coordSave: 'Opslaan',
  coordSaving: 'Bezig met opslaan…',
  coordDiscard: 'Verwerpen',
  coordDelete: 'Locatie verwijderen',
  coordDeleteConfirm: (name) => `Weet u zeker dat u ${name} wilt verwijderen?`,
  coordSavedLocation: (name) => `${name} is opgeslagen.`,
  coordDeletedLocation: (name) => `${name} is verwijderd.`,
  coordDiscarded: 'Uw wijzigingen zijn verworpen. U ziet weer de opgeslagen versie.',
  coordFixFirst: 'Verbeter eerst de fouten.',

  coordLogEmpty: 'Er is nog niets veranderd.',
  coordLogCaption: 'Wijzigingen, de nieuwste eerst',
  coordLogWhen: 'Wanneer',
  coordLogWho: 'Sleutel',
  coordLogWhat: 'Wat',
  coordLogSummary: 'Omschrijving',
  coordLogAction: {
    create: 'Nieuw',
    update: 'Gewijzigd',
    delete: 'Verwijderd',
    revoke: 'Ingetrokken',
    code: 'Code gemaakt',
    import: 'Geïmporteerd',
    undo: 'Ongedaan gemaakt',
  },
  coordUndo: 'Ongedaan maken',
  coordUndoLabel: (summary) => `Ongedaan maken: ${summary}`,
  coordUndoConfirm: (summary) => `Wilt u deze wijziging ongedaan maken? ${summary}`,
  coordRefresh: 'Vernieuwen',
  coordCancel: 'Nee, terug',
};

export const coordinatorEn: CoordinatorStrings = {
  coordHeading: 'Manage IDO data',
  coordSignedInAs: (label, organisation) => `Signed in as ${label} · ${organisation}`,
  coordSignOut: 'Sign out',
  coordSignedOut: 'You are signed out.',
  coordNeedsApi: 'This part only works with an IDO server. Give it the api attribute, not feed.',

  coordSignInHeading: 'Sign in',
  coordSignInIntro:
    'Type the sign-in code you were given by the administrator of the IDO server. You sign in once on this computer.',
  coordCodeLabel: 'Sign-in code',
  coordCodeHint: 'For example ABCD-2345. Capitals or small letters do not matter.',
  coordSignIn: 'Sign in',
  coordSignInBusy: 'Checking the code…',
  coordCodeEmpty: 'Type the sign-in code.',
  coordCodeMalformed: 'This is not a sign-in code. Please check it.',
  coordCodeRefused:
    'This code does not work. It may have been used or have expired. Ask for a new code.',
  coordCodeRateLimited: 'Too many attempts. Please wait a few minutes.',
  coordRevoked: 'You are signed out: this key no longer works. Sign in again with a new code.',

  coordSectionsLabel: 'Sections',
  coordSection: {
    locations: 'Locations',
    outreach: 'Outside the library',
    partners: 'Partners',
    keys: 'Desks and keys',
    categories: 'Categories',
    exchange: 'Import and export',
    log: 'Log',
  },
  coordSaved: 'The change has been saved.',
  coordUndone: 'The change has been undone.',

  coordLocationsEmpty: 'There are no locations yet.',
  coordNewLocation: 'New location',
  coordEdit: (name) => `Edit ${name}`,
  coordUpdated: (when) => `Last changed: ${when}`,
  coordNewLocationHeading: 'New location',
  coordEditHeading: (name) => `Edit ${name}`,
  coordBackToList: 'Back to the locations',

  coordGroupGeneral: 'Name',
  coordGroupAddress: 'Address',
  coordGroupTexts: 'Texts',
  coordGroupServices: 'Services and languages',
  coordGroupContact: 'Contact',
  coordGroupHours: 'Opening hours',

  coordFieldId: 'Location code',
  coordFieldIdHint:
    'Small letters, digits and hyphens, for example ido-utrecht-centrum. Cannot be changed later.',
  coordFieldName: 'Name',
  coordFieldOrganisation: 'Organisation',
  coordFieldStreet: 'Street',
  coordFieldHouseNumber: 'House number',
  coordFieldPostcode: 'Postcode',
  coordFieldPostcodeHint: 'For example 3511 AB',
  coordFieldCity: 'Town',
  coordFieldMunicipality: 'Municipality',
  coordFieldLat: 'Latitude',
  coordFieldLon: 'Longitude',
  coordGeoHint: 'Look the place up from the address. Not quite right? Adjust the numbers yourself.',
  coordLookUp: 'Look up the place from the address',
  coordLookUpBusy: 'Looking up…',
  coordLookUpFound: (label) => `Found: ${label}. The coordinates have been filled in.`,
  coordLookUpNotFound: 'This address was not found. Please check the postcode and town.',
  coordLookUpFailed: 'Looking up is not possible now. Try again later or type the numbers.',
  coordFieldDescription: 'Explanation for residents',
  coordFieldDescriptionHint: 'In plain language. Residents see this text.',
  coordFieldStaff: 'Instructions (staff only)',
  coordFieldStaffHint: 'Residents never see this text. For example: whom to call with questions.',
  coordFieldBring: 'What should the resident bring?',
  coordFieldBringHint: 'One thing per line, for example: DigiD app, Identity document, The letter.',
  coordFieldAccessibility: 'Accessibility',
  coordFieldAccessibilityHint: 'For example: entrance at the back, lift to the first floor.',
  coordFieldServices: 'Services',
  coordService: {
    'walk-in': 'Walk in without an appointment',
    'by-appointment': 'By appointment',
    'by-phone': 'Help by phone',
    'digital-skills-course': 'Digital skills course',
    'wheelchair-accessible': 'Wheelchair accessible',
    'hearing-loop': 'Hearing loop',
  },
  coordFieldLanguages: 'Languages you help in',
  coordFieldPhone: 'Phone number',
  coordFieldEmail: 'Email address',
  coordFieldWebsite: 'Website',
  coordFieldAppointment: 'Web address to make an appointment',

  coordHoursLibrary: 'Library opening hours',
  coordHoursIdo: 'IDO consultation hours',
  coordHoursPhone: 'Phone hours',
  coordHoursUse: (schedule) => `Own times for: ${schedule}`,
  coordHoursIdoHint: 'Without own times the IDO is open whenever the library is.',
  coordWeekCaption: (schedule) => `${schedule}: by day`,
  coordWeekDay: 'Day',
  coordWeekTimes: 'Times',
  coordDayName: {
    mo: 'Monday',
    tu: 'Tuesday',
    we: 'Wednesday',
    th: 'Thursday',
    fr: 'Friday',
    sa: 'Saturday',
    su: 'Sunday',
  },
  coordDayClosed: 'Closed',
  coordOpens: (day) => `Opens (${day})`,
  coordCloses: (day) => `Closes (${day})`,
  coordAddInterval: (day) => `Add times on ${day}`,
  coordRemoveInterval: (day, from, to) => `Remove ${from}–${to} on ${day}`,
  coordSameAsMonday: 'Tuesday to Friday: same as Monday',
  coordHolidays: 'Closed on public holidays',
  coordHolidaysHint: 'New Year’s Day, Easter, King’s Day, Ascension, Whitsun and Christmas.',

  coordExceptions: 'Special days and closures',
  coordExceptionsHint: 'A day with other times, or closed. For example Christmas or building work.',
  coordExceptionsEmpty: 'No special days.',
  coordAddException: 'Add a special day',
  coordExceptionLegend: (n) => `Special day ${n}`,
  coordExceptionDate: 'Date',
  coordExceptionClosed: 'Closed',
  coordExceptionOther: 'Other times',
  coordExceptionKind: 'Open or closed?',
  coordExceptionNote: 'Reason',
  coordExceptionNoteHint: 'For example Christmas or Building work. Residents see this text.',
  coordRemoveException: (n) => `Remove special day ${n}`,

  coordSeasons: 'Seasons',
  coordSeasonsHint: 'Other times during a period, for example in summer.',
  coordAddSeason: 'Add a season',
  coordSeasonLegend: (n) => `Season ${n}`,
  coordSeasonName: 'Name of the season',
  coordSeasonFrom: 'From',
  coordSeasonThrough: 'Through',
  coordRemoveSeason: (n) => `Remove season ${n}`,

  coordPreviewHeading: 'What residents will see',
  coordPreviewHint: 'This has not been saved yet.',
  coordPreviewStale: 'Some times are not right yet. The preview shows the last correct version.',

  coordSkipToSave: 'Go to Save',
  coordSave: 'Save',
  coordSaving: 'Saving…',
  coordDiscard: 'Discard',
  coordDelete: 'Delete location',
  coordDeleteConfirm: (name) => `Are you sure you want to delete ${name}?`,
  coordSavedLocation: (name) => `${name} has been saved.`,
  coordDeletedLocation: (name) => `${name} has been deleted.`,
  coordDiscarded: 'Your changes were discarded. You see the saved version again.',
  coordFixFirst: 'Please correct the errors first.',

  coordLogEmpty: 'Nothing has changed yet.',
  coordLogCaption: 'Changes, newest first',
  coordLogWhen: 'When',
  coordLogWho: 'Key',
  coordLogWhat: 'What',
  coordLogSummary: 'Summary',
  coordLogAction: {
    create: 'New',
    update: 'Changed',
    delete: 'Deleted',
    revoke: 'Revoked',
    code: 'Code created',
    import: 'Imported',
    undo: 'Undone',
  },
  coordUndo: 'Undo',
  coordUndoLabel: (summary) => `Undo: ${summary}`,
  coordUndoConfirm: (summary) => `Do you want to undo this change? ${summary}`,
  coordRefresh: 'Refresh',
  coordCancel: 'No, go back',
};
