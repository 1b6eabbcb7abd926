import type { HoursStrings } from '../strings.js';

/** Polish text of <ido-opening-hours> (machine-checked draft). */
export const strings: HoursStrings = {
  hoursLabel: 'Godziny otwarcia',
  hoursRegionLabel: (name) => `Godziny otwarcia: ${name}`,
  hoursLibrary: 'Biblioteka',
  hoursIdo: 'Punkt Informacyjny Cyfrowej Administracji',
  hoursIdoDuringLibrary: 'Punkt Informacyjny pomaga, gdy biblioteka jest otwarta.',
  hoursWeekCaption: (label) => `${label} w tym tygodniu`,
  hoursToday: 'Dziś',
  hoursTodayMarker: 'dziś',
  hoursChangesTitle: 'Inne godziny otwarcia w ciągu najbliższych 2 tygodni',
  hoursCall: (phone) => `Zadzwoń: ${phone}`,
  hoursWebsite: 'Strona internetowa biblioteki',
  hoursAppointment: 'Umów wizytę',
  hoursContact: 'Kontakt',
  hoursPhone: 'Godziny telefoniczne',
  hoursBring: 'Zabierz ze sobą:',
  hoursHelpline: 'Dziś zamknięte? Możesz też zadzwonić po pomoc:',
  hoursNotFound: 'To miejsce nie istnieje (już). Wyszukaj je ponownie.',
  hoursNoLocation: 'Nie wybrano miejsca.',
  hoursOutreachTitle: 'W tym tygodniu także:',
  hoursOutreachPlace: (place, address) => `w miejscu: ${place}, ${address}`,
};
