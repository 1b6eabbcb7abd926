import type { ResidentLanguagePack } from './types.js';

const plural = new Intl.PluralRules('pl');

/** "1 Punkt Informacyjny", "3 Punkty Informacyjne", "5 Punktów Informacyjnych". */
function points(count: number): string {
  const form = plural.select(count);
  if (form === 'one') return `${count} Punkt Informacyjny`;
  if (form === 'few') return `${count} Punkty Informacyjne`;
  return `${count} Punktów Informacyjnych`;
}

/** "1 wynik", "3 wyniki", "5 wyników". */
function results(count: number): string {
  const form = plural.select(count);
  if (count === 0) return 'Brak wyników';
  if (form === 'one') return '1 wynik';
  if (form === 'few') return `${count} wyniki`;
  return `${count} wyników`;
}

/**
 * Polish (polski) for the resident elements. Machine-checked draft: a native speaker should
 * review it before it is called final (see the package README).
 */
export const pl: ResidentLanguagePack = {
  lang: 'pl',
  dir: 'ltr',
  review: 'machine-checked draft',
  strings: {
    loading: 'Ładowanie…',
    retry: 'Spróbuj ponownie',
    errorGeneric: 'Coś poszło nie tak. Spróbuj ponownie później.',
    errorNetwork: 'Brak połączenia. Sprawdź internet i spróbuj ponownie.',
    errorServer: 'Informacje są teraz niedostępne. Spróbuj ponownie później.',
    errorNotFound: 'Ta informacja nie istnieje (już).',
    errorInvalidData: 'Ta informacja jest teraz niedostępna.',
    errorNoSource: 'Ta część nie jest jeszcze skonfigurowana: brak źródła danych (api lub feed).',
    close: 'Zamknij',
    opensInNewWindow: '(otwiera się w nowym oknie)',
    resultCount: results,
    distanceKm: (formatted) => `${formatted} km`,

    calendar: {
      days: ['poniedziałek', 'wtorek', 'środa', 'czwartek', 'piątek', 'sobota', 'niedziela'],
      // Genitive, as in a date: "27 kwietnia".
      months: [
        'stycznia',
        'lutego',
        'marca',
        'kwietnia',
        'maja',
        'czerwca',
        'lipca',
        'sierpnia',
        'września',
        'października',
        'listopada',
        'grudnia',
      ],
      dayMonth: (day, month) => `${day} ${month}`,
      weekdayDate: (dayName, dayMonth) => `${dayName}, ${dayMonth}`,
      holidays: {
        newYear: 'Nowy Rok',
        goodFriday: 'Wielki Piątek',
        easter: 'Wielkanoc',
        easterMonday: 'Poniedziałek Wielkanocny',
        kingsDay: 'Dzień Króla',
        queensDay: 'Dzień Królowej',
        liberation: 'Dzień Wyzwolenia',
        ascension: 'Wniebowstąpienie',
        whitSunday: 'Zielone Świątki',
        whitMonday: 'Drugi dzień Zielonych Świątek',
        christmas: 'Boże Narodzenie',
        boxingDay: 'Drugi dzień Bożego Narodzenia',
      },
      bothHolidays: (a, b) => `${a} i ${b}`,
      open: 'Teraz otwarte',
      closed: 'Zamknięte',
      closedToday: 'Dziś zamknięte',
      withReason: (head, reason) => `${head} (${reason})`,
      then: (head, next) => `${head} · ${next}`,
      // "zamknięcie: jutro 17:00" avoids the case endings of "w piątek / we wtorek".
      closes: (w) =>
        w.days <= 0
          ? `zamknięcie o ${w.time}`
          : w.days === 1
            ? `zamknięcie jutro o ${w.time}`
            : w.days < 7
              ? `zamknięcie: ${w.dayName}, ${w.time}`
              : `zamknięcie: ${w.dayName}, ${w.date}, ${w.time}`,
      opens: (w) =>
        w.days <= 0
          ? `otwarcie o ${w.time}`
          : w.days === 1
            ? `otwarcie jutro o ${w.time}`
            : w.days < 7
              ? `otwarcie: ${w.dayName}, ${w.time}`
              : `otwarcie: ${w.dayName}, ${w.date}, ${w.time}`,
      newHoursFrom: (date) => `Nowe godziny otwarcia od: ${date}`,
      hoursValidUntil: (date) => `Godziny otwarcia obowiązywały do: ${date}`,
    },

    hoursLabel: 'Godziny otwarcia',
    hoursRegionLabel: (name) => `Godziny otwarcia: ${name}`,
    hoursLibrary: 'Biblioteka',
    hoursIdo: 'Punkt Informacyjny Cyfrowej Administracji',
    hoursIdoDuringLibrary: 'Punkt Informacyjny pomaga, gdy biblioteka jest otwarta.',
    hoursWeekCaption: (label) => `${label} w tym tygodniu`,
    hoursToday: 'Dziś',
    hoursTodayMarker: 'dziś',
    hoursClosed: 'zamknięte',
    hoursUntil: 'do',
    hoursChangesTitle: 'Inne godziny otwarcia w ciągu najbliższych 2 tygodni',
    hoursCall: (phone) => `Zadzwoń: ${phone}`,
    hoursWebsite: 'Strona internetowa biblioteki',
    hoursAppointment: 'Umów wizytę',
    hoursContact: 'Kontakt',
    hoursNotFound: 'To miejsce nie istnieje (już). Wyszukaj je ponownie.',
    hoursNoLocation: 'Nie wybrano miejsca.',

    locatorLabel: 'Znajdź Punkt Informacyjny Cyfrowej Administracji',
    locatorFormLabel: 'Znajdź Punkt Informacyjny',
    locatorSearchLabel: 'Kod pocztowy lub miejscowość',
    locatorSearchHint: 'Na przykład 1234 AB lub Zwolle',
    locatorSearchButton: 'Szukaj',
    locatorOr: 'lub',
    locatorUseLocation: 'Użyj mojej lokalizacji',
    locatorUseLocationInfo: (mode) =>
      mode === 'http'
        ? 'Przeglądarka najpierw zapyta o zgodę. Lokalizacji używamy tylko do sortowania według odległości. Zaokrąglona do około 100 metrów trafia tylko na serwer biblioteki. Nie zapisujemy jej.'
        : 'Przeglądarka najpierw zapyta o zgodę. Lokalizacji używamy tylko do sortowania według odległości. Zostaje na Twoim urządzeniu i jej nie zapisujemy.',
    locatorLocating: 'Szukamy Twojej lokalizacji…',
    locatorGeoDenied:
      'Przeglądarka nie udostępnia lokalizacji. Może nie wyrażono zgody. Wpisz kod pocztowy lub miejscowość.',
    locatorGeoUnavailable: 'Nie znaleziono Twojej lokalizacji. Wpisz kod pocztowy lub miejscowość.',
    locatorGeoUnsupported:
      'Ta przeglądarka nie może udostępnić lokalizacji. Wpisz kod pocztowy lub miejscowość.',
    locatorPostcodeProblem: {
      empty: 'Wpisz kod pocztowy lub miejscowość.',
      'leading-zero':
        'Holenderski kod pocztowy nigdy nie zaczyna się od 0. Sprawdź pierwszą cyfrę.',
      'wrong-digits': 'Kod pocztowy ma 4 cyfry i 2 litery, na przykład 1234 AB.',
      'wrong-letters': 'Po 4 cyfrach są 2 litery, na przykład 1234 AB.',
      'reserved-letters': 'Kod pocztowy nigdy nie kończy się na SA, SD ani SS. Sprawdź litery.',
      'unexpected-characters':
        'Kod pocztowy ma tylko cyfry i litery, na przykład 1234 AB. Pomiń numer domu.',
    },
    locatorNotFound: (query) =>
      `Nie znaleziono „${query}”. Sprawdź pisownię lub wpisz kod pocztowy.`,
    locatorTooShort: 'Wpisz dłuższą nazwę miejscowości lub kod pocztowy.',
    locatorGeocodeUnavailable:
      'Wyszukiwanie po kodzie lub miejscowości teraz nie działa. Spróbuj później lub użyj lokalizacji.',
    locatorFilters: 'Pokaż tylko',
    locatorOpenNow: 'Teraz otwarte',
    locatorService: {
      'walk-in': 'Bez umawiania wizyty',
      'by-appointment': 'Po umówieniu wizyty',
      'by-phone': 'Pomoc przez telefon',
      'digital-skills-course': 'Kurs umiejętności cyfrowych',
      'wheelchair-accessible': 'Dostępne dla wózków',
      'hearing-loop': 'Pętla indukcyjna',
    },
    locatorRadiusLabel: 'Odległość',
    locatorRadiusOption: (km) => `Do ${km} km`,
    locatorSearching: 'Szukanie…',
    locatorYourLocation: 'Twojej lokalizacji',
    locatorFound: (count, km, origin) => `Znaleziono: ${points(count)} do ${km} km od: ${origin}.`,
    locatorShowing: (shown) =>
      shown === 1 ? 'Widzisz najbliższy.' : `Widzisz ${shown} najbliższych.`,
    locatorNone: (km, origin) => `Nie znaleziono Punktu Informacyjnego do ${km} km od: ${origin}.`,
    locatorNoneOpen: 'Może w pobliżu jest punkt, który teraz jest zamknięty.',
    locatorWiden: (km) => `Szukaj do ${km} km`,
    locatorShowClosed: 'Pokaż też miejsca teraz zamknięte',
    locatorHelpline: 'Możesz też zadzwonić po pomoc:',
    locatorResults: 'Wyniki wyszukiwania',
    locatorMore: 'Pokaż więcej',
    locatorDistance: 'Odległość:',
    locatorHoursLabel: (kind) =>
      kind === 'ido' ? 'Godziny Punktu Informacyjnego:' : 'Biblioteka (bez osobnych godzin):',
    locatorLanguages: 'Języki:',
    locatorCall: (phone) => `Zadzwoń: ${phone}`,
    locatorPhone: (phone) => `Telefon: ${phone}`,
    locatorWebsite: 'Strona internetowa',
    locatorAppointment: 'Umów wizytę',
    locatorRoute: 'Trasa:',
    locatorRouteTransit: 'Komunikacja publiczna',
    locatorRouteWalking: 'Pieszo',
    locatorRouteCycling: 'Rowerem',
    locatorFor: (name) => ` (${name})`,
    locatorSelect: 'Wybierz',
    locatorSelected: 'Wybrano',
    locatorShowMap: 'Pokaż na mapie',
    locatorHideMap: 'Ukryj mapę',
    locatorMapLabel: (count) => `Mapa: ${points(count)}. Lista podaje te same informacje.`,
    locatorMapLoading: 'Ładowanie mapy…',
    locatorMapFailed: 'Nie można teraz pokazać mapy. Lista nadal działa.',
    locatorMapAttribution: 'Dane mapy © Kadaster',
    locatorZoomIn: 'Przybliż',
    locatorZoomOut: 'Oddal',
  },
};
