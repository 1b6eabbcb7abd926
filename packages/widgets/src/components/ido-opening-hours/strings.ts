/**
 * Text of <ido-opening-hours>, in every language it speaks: Dutch and English here, Arabic,
 * Turkish, Polish and Ukrainian in `strings/` (loaded on first use; declared in `texts.ts`).
 * Keys start with `hours`; Dutch is plain B1 language, English is complete. The week table's
 * "gesloten" and "tot" are shared words (`localization/shared-strings.ts`), as the partner list
 * shows the same table. Status lines ("Nu open · sluit om 17:00"), weekday, month and holiday
 * names come from the SDK's tables.
 */
export interface HoursStrings {
  /** Accessible name of the element's region. */
  hoursLabel: string;
  /** Accessible name of the region when the location is known: "Openingstijden IDO Centrum". */
  hoursRegionLabel: (locationName: string) => string;
  /** The library's opening hours (label of a status, a table and a change). */
  hoursLibrary: string;
  /** The IDO consultation hours (label of a status, a table and a change). */
  hoursIdo: string;
  /** Shown when a location has no separate IDO hours. */
  hoursIdoDuringLibrary: string;
  /** Caption of a week table: "Bibliotheek deze week". */
  hoursWeekCaption: (label: string) => string;
  /** Before today's hours: "Vandaag". */
  hoursToday: string;
  /** The visible marker on today's row in a week table. */
  hoursTodayMarker: string;
  /** Heading of the list of holidays and other changed days. */
  hoursChangesTitle: string;
  /** Link that calls the location: "Bel 038 123 45 67". */
  hoursCall: (phone: string) => string;
  /** Link to the library's web page for this location. */
  hoursWebsite: string;
  /** Link to make an appointment. */
  hoursAppointment: string;
  /** Accessible name of the list of contact links. */
  hoursContact: string;
  /** The hours the Informatiepunt answers the phone (label of a status and today's hours). */
  hoursPhone: string;
  /** Title of what a resident should bring. */
  hoursBring: string;
  /** Before the national help line, when the location is closed all day today. */
  hoursHelpline: string;
  /** The location id does not exist (any more). */
  hoursNotFound: string;
  /** Neither a `location` attribute nor a `.location` object was given. */
  hoursNoLocation: string;
  /** Before the location's outreach sessions in the week shown: "Deze week ook:". */
  hoursOutreachTitle: string;
  /**
   * Where a session is, after its day and times: "in Buurthuis De Kroon, Kerkstraat 1, Utrecht".
   * `place` and `address` are the data's own (Dutch), already isolated for right-to-left text.
   */
  hoursOutreachPlace: (place: string, address: string) => string;
}

export const hoursNl: HoursStrings = {
  hoursLabel: 'Openingstijden',
  hoursRegionLabel: (name) => `Openingstijden ${name}`,
  hoursLibrary: 'Bibliotheek',
  hoursIdo: 'Informatiepunt Digitale Overheid',
  hoursIdoDuringLibrary: 'Het Informatiepunt helpt u zolang de bibliotheek open is.',
  hoursWeekCaption: (label) => `${label} deze week`,
  hoursToday: 'Vandaag',
  hoursTodayMarker: 'vandaag',
  hoursChangesTitle: 'Andere openingstijden in de komende 2 weken',
  hoursCall: (phone) => `Bel ${phone}`,
  hoursWebsite: 'Website van de bibliotheek',
  hoursAppointment: 'Maak een afspraak',
  hoursContact: 'Contact',
  hoursPhone: 'Telefonisch spreekuur',
  hoursBring: 'Neem mee:',
  hoursHelpline: 'Vandaag gesloten? U kunt ook bellen voor hulp:',
  hoursNotFound: 'Deze locatie bestaat niet (meer). Zoek de locatie opnieuw op.',
  hoursNoLocation: 'Er is geen locatie gekozen.',
  hoursOutreachTitle: 'Deze week ook:',
  hoursOutreachPlace: (place, address) => `in ${place}, ${address}`,
};

export const hoursEn: HoursStrings = {
  hoursLabel: 'Opening hours',
  hoursRegionLabel: (name) => `Opening hours ${name}`,
  hoursLibrary: 'Library',
  hoursIdo: 'Digital Government Information Point',
  hoursIdoDuringLibrary: 'The Information Point helps you whenever the library is open.',
  hoursWeekCaption: (label) => `${label} this week`,
  hoursToday: 'Today',
  hoursTodayMarker: 'today',
  hoursChangesTitle: 'Different opening hours in the next 2 weeks',
  hoursCall: (phone) => `Call ${phone}`,
  hoursWebsite: 'Library website',
  hoursAppointment: 'Make an appointment',
  hoursContact: 'Contact',
  hoursPhone: 'Phone hours',
  hoursBring: 'Bring with you:',
  hoursHelpline: 'Closed today? You can also call for help:',
  hoursNotFound: 'This location does not exist (any more). Please look it up again.',
  hoursNoLocation: 'No location has been chosen.',
  hoursOutreachTitle: 'Also this week:',
  hoursOutreachPlace: (place, address) => `at ${place}, ${address}`,
};
