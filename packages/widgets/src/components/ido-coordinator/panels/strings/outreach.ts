/**
 * Text of the coordinator's outreach panel (`ido-coordinator-outreach`), Dutch (B1) and English.
 * Keys start with `cout`.
 */
export interface OutreachStrings {
  coutIntro: string;
  coutNone: string;
  coutListCaption: string;
  coutAdd: string;
  coutNoLocations: string;
  coutDate: string;
  coutTime: string;
  coutPlace: string;
  coutLocation: string;
  coutActions: string;
  coutPast: string;
  coutEdit: (name: string, date: string) => string;
  coutDelete: (name: string, date: string) => string;
  coutDeleteConfirm: (name: string, date: string) => string;
  coutDeleteYes: string;
  coutFormNew: string;
  coutFormEdit: (name: string) => string;
  coutName: string;
  coutNameHint: string;
  coutAddress: string;
  coutStreet: string;
  coutHouseNumber: string;
  coutPostcode: string;
  coutCity: string;
  coutMunicipality: string;
  coutLookUp: string;
  coutLookingUp: string;
  coutFound: (label: string) => string;
  coutLat: string;
  coutLon: string;
  coutCoordinatesHint: string;
  coutOpens: string;
  coutCloses: string;
  coutDescription: string;
  coutDescriptionHint: string;
  coutLanguages: string;
  coutLanguagesHint: string;
  coutSave: string;
  coutCancel: string;
  coutSaved: (name: string) => string;
  coutDeleted: (name: string) => string;
  coutProblems: (count: number) => string;
  coutConflict: string;
  coutConflictGone: string;
  coutConflictTheirs: string;
  coutConflictYours: string;
  coutConflictUseTheirs: string;
  coutConflictKeepMine: string;
}

export const outreachNl: OutreachStrings = {
  coutIntro:
    'Een spreekuur op een andere plek, zoals een buurthuis of de markt. Bewoners zien het in de zoeker en bij de openingstijden in de week dat het is.',
  coutNone: 'Er zijn nog geen spreekuren op locatie.',
  coutListCaption: 'Spreekuren op locatie, de eerstvolgende eerst',
  coutAdd: 'Nieuw spreekuur',
  coutNoLocations: 'Uw organisatie heeft nog geen locaties. Voeg eerst een locatie toe.',
  coutDate: 'Datum',
  coutTime: 'Tijd',
  coutPlace: 'Plek',
  coutLocation: 'Locatie',
  coutActions: 'Acties',
  coutPast: 'Voorbij',
  coutEdit: (name, date) => `${name} op ${date} wijzigen`,
  coutDelete: (name, date) => `${name} op ${date} verwijderen`,
  coutDeleteConfirm: (name, date) => `Weet u zeker dat u ${name} op ${date} wilt verwijderen?`,
  coutDeleteYes: 'Ja, verwijderen',
  coutFormNew: 'Nieuw spreekuur op locatie',
  coutFormEdit: (name) => `${name} wijzigen`,
  coutName: 'Naam van de plek',
  coutNameHint: 'Zoals bewoners de plek kennen, bijvoorbeeld: Buurthuis De Kroon.',
  coutAddress: 'Adres',
  coutStreet: 'Straat',
  coutHouseNumber: 'Huisnummer',
  coutPostcode: 'Postcode',
  coutCity: 'Plaats',
  coutMunicipality: 'Gemeente',
  coutLookUp: 'Coördinaten opzoeken',
  coutLookingUp: 'Bezig met opzoeken…',
  coutFound: (label) => `Gevonden: ${label}. Pas de coördinaten aan als het niet precies klopt.`,
  coutLat: 'Breedtegraad',
  coutLon: 'Lengtegraad',
  coutCoordinatesHint: 'De zoeker zet het spreekuur op deze plek op de kaart.',
  coutOpens: 'Begint om',
  coutCloses: 'Eindigt om',
  coutDescription: 'Tekst voor bewoners',
  coutDescriptionHint: 'Bewoners lezen dit. Bijvoorbeeld: Vragen over toeslagen? Loop binnen.',
  coutLanguages: 'Talen',
  coutLanguagesHint: 'Alleen als ze anders zijn dan bij de locatie. Taalcodes, zoals: nl, ar.',
  coutSave: 'Opslaan',
  coutCancel: 'Annuleren',
  coutSaved: (name) => `${name} is opgeslagen.`,
  coutDeleted: (name) => `${name} is verwijderd.`,
  coutProblems: (count) =>
    count === 1
      ? 'Er is 1 probleem in het formulier:'
      : `Er zijn ${count} problemen in het formulier:`,
  coutConflict:
    'Iemand anders heeft dit spreekuur net gewijzigd. Er is niets overschreven. Kies welke versie u houdt.',
  coutConflictGone: 'Iemand anders heeft dit spreekuur net verwijderd. Er is niets opgeslagen.',
  coutConflictTheirs: 'De versie op de server',
  coutConflictYours: 'Uw versie',
  coutConflictUseTheirs: 'Versie van de server gebruiken',
  coutConflictKeepMine: 'Mijn versie opslaan',
};

export const outreachEn: OutreachStrings = {
  coutIntro:
    'A session at another place, such as a community centre or the market. Residents see it in the locator and with the opening hours in the week it happens.',
  coutNone: 'There are no outreach sessions yet.',
  coutListCaption: 'Outreach sessions, the next one first',
  coutAdd: 'New session',
  coutNoLocations: 'Your organisation has no locations yet. Add a location first.',
  coutDate: 'Date',
  coutTime: 'Time',
  coutPlace: 'Place',
  coutLocation: 'Location',
  coutActions: 'Actions',
  coutPast: 'Past',
  coutEdit: (name, date) => `Edit ${name} on ${date}`,
  coutDelete: (name, date) => `Delete ${name} on ${date}`,
  coutDeleteConfirm: (name, date) => `Are you sure you want to delete ${name} on ${date}?`,
  coutDeleteYes: 'Yes, delete',
  coutFormNew: 'New outreach session',
  coutFormEdit: (name) => `Edit ${name}`,
  coutName: 'Name of the place',
  coutNameHint: 'As residents know the place, for example: De Kroon community centre.',
  coutAddress: 'Address',
  coutStreet: 'Street',
  coutHouseNumber: 'House number',
  coutPostcode: 'Postcode',
  coutCity: 'Town',
  coutMunicipality: 'Municipality',
  coutLookUp: 'Look up coordinates',
  coutLookingUp: 'Looking up…',
  coutFound: (label) => `Found: ${label}. Adjust the coordinates if they are not exactly right.`,
  coutLat: 'Latitude',
  coutLon: 'Longitude',
  coutCoordinatesHint: 'The locator puts the session at this place on the map.',
  coutOpens: 'Starts at',
  coutCloses: 'Ends at',
  coutDescription: 'Text for residents',
  coutDescriptionHint: 'Residents read this. For example: Questions about benefits? Walk in.',
  coutLanguages: 'Languages',
  coutLanguagesHint: 'Only when they differ from the location’s. Language codes, such as: nl, ar.',
  coutSave: 'Save',
  coutCancel: 'Cancel',
  coutSaved: (name) => `${name} has been saved.`,
  coutDeleted: (name) => `${name} has been deleted.`,
  coutProblems: (count) =>
    count === 1 ? 'There is 1 problem in the form:' : `There are ${count} problems in the form:`,
  coutConflict:
    'Someone else has just changed this session. Nothing was overwritten. Choose which version to keep.',
  coutConflictGone: 'Someone else has just deleted this session. Nothing was saved.',
  coutConflictTheirs: 'The version on the server',
  coutConflictYours: 'Your version',
  coutConflictUseTheirs: 'Use the server’s version',
  coutConflictKeepMine: 'Save my version',
};
