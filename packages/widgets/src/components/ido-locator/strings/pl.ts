import type { LocatorStrings } from '../strings.js';

const plural = new Intl.PluralRules('pl');

/** "1 Punkt Informacyjny", "3 Punkty Informacyjne", "5 Punktów Informacyjnych". */
function points(count: number): string {
  const form = plural.select(count);
  if (form === 'one') return `${count} Punkt Informacyjny`;
  if (form === 'few') return `${count} Punkty Informacyjne`;
  return `${count} Punktów Informacyjnych`;
}

/** Polish text of <ido-locator> (machine-checked draft). */
export const strings: LocatorStrings = {
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
    'leading-zero': 'Holenderski kod pocztowy nigdy nie zaczyna się od 0. Sprawdź pierwszą cyfrę.',
    'wrong-digits': 'Kod pocztowy ma 4 cyfry i 2 litery, na przykład 1234 AB.',
    'wrong-letters': 'Po 4 cyfrach są 2 litery, na przykład 1234 AB.',
    'reserved-letters': 'Kod pocztowy nigdy nie kończy się na SA, SD ani SS. Sprawdź litery.',
    'unexpected-characters':
      'Kod pocztowy ma tylko cyfry i litery, na przykład 1234 AB. Pomiń numer domu.',
  },
  locatorNotFound: (query) => `Nie znaleziono „${query}”. Sprawdź pisownię lub wpisz kod pocztowy.`,
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
  locatorPhoneHours: 'Godziny telefoniczne:',
  locatorBring: 'Zabierz ze sobą:',
  locatorCall: (phone) => `Zadzwoń: ${phone}`,
  locatorPhone: (phone) => `Telefon: ${phone}`,
  locatorWebsite: 'Strona internetowa',
  locatorAppointment: 'Umów wizytę',
  locatorRoute: 'Trasa:',
  locatorRouteTransit: 'Komunikacja publiczna',
  locatorRouteWalking: 'Pieszo',
  locatorRouteCycling: 'Rowerem',
  locatorOutreachHeading: 'Punkt informacyjny poza biblioteką w tym tygodniu',
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
};
